'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { INCIDENT_TYPES, TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';
import type { PeriodCounts } from '@/lib/incidents/get-incident-stats';
import { periodToRange, type Interval } from '@/lib/incidents/periods';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';

type Props = { data: PeriodCounts[]; interval: Interval };

const MIN_BAR_PX = 10;

/** Incidents per period, stacked by type. Clicking a segment narrows to that period and type. */
export function TimelineChart({ data, interval }: Props) {
  const { navigate } = useDashboardState();
  const label = useTranslations('Types');
  const present = INCIDENT_TYPES.filter((t) => data.some((d) => d[t]));

  function select(period: string, type: IncidentType) {
    navigate({ ...periodToRange(period, interval), types: [type] });
  }

  return (
    // Each period gets at least MIN_BAR_PX: over a long range of weeks the chart scrolls rather than drawing
    // bars a pixel wide.
    <div className="chart-box chart-scroll" data-testid="timeline-chart">
      <div style={{ width: `max(100%, ${data.length * MIN_BAR_PX}px)`, height: '100%' }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Padding keeps the first label off the y axis. */}
          <XAxis dataKey="period" tick={{ fontSize: 12 }} padding={{ left: 30, right: 4 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {present.map((type) => (
            <Bar
              key={type}
              dataKey={type}
              name={label(type)}
              stackId="types"
              fill={TYPE_COLORS[type]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(entry) => {
                const period = (entry as { payload?: PeriodCounts }).payload?.period;
                if (period) select(period, type);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      </div>
    </div>
  );
}
