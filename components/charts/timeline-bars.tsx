'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';
import type { CoarseBand } from '@/lib/incidents/coarse-dates';
import type { PeriodCounts } from '@/lib/incidents/get-incident-stats';
import { periodToRange, type Interval } from '@/lib/incidents/periods';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { renderCoarseBands, sortByTaxonomy } from './timeline-bands';

export type TimelineDrawProps = {
  data: PeriodCounts[];
  coarse: readonly CoarseBand[];
  interval: Interval;
  present: IncidentType[];
  bandLabel: (band: CoarseBand) => string;
};

const MIN_BAR_PX = 10;

/** The timeline as stacked bars. Clicking a segment narrows to that period and type. */
export function TimelineBars({ data, coarse, interval, present, bandLabel }: TimelineDrawProps) {
  const { navigate } = useDashboardState();
  const label = useTranslations('Types');

  function select(period: string, type: IncidentType) {
    navigate({ ...periodToRange(period, interval), types: [type] });
  }

  return (
    // Each period gets at least MIN_BAR_PX: over a long range of weeks the chart scrolls rather than drawing
    // bars a pixel wide.
    <div style={{ width: `max(100%, ${data.length * MIN_BAR_PX}px)`, height: '100%' }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Padding keeps the first label off the y axis. */}
          <XAxis dataKey="period" tick={{ fontSize: 12 }} padding={{ left: 30, right: 4 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip itemSorter={sortByTaxonomy} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={sortByTaxonomy} />
          {renderCoarseBands(coarse, bandLabel)}
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
  );
}
