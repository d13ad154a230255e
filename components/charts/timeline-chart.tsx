'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { INCIDENT_TYPES, TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';
import type { CoarseBand } from '@/lib/incidents/coarse-dates';
import type { PeriodCounts } from '@/lib/incidents/get-incident-stats';
import { periodToRange, type Interval } from '@/lib/incidents/periods';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { formatIncidentDate } from '@/components/incidents/format-date';

type Props = { data: PeriodCounts[]; coarse: readonly CoarseBand[]; interval: Interval };

const MIN_BAR_PX = 10;
const HATCH_ID = 'timeline-coarse-hatch';

/**
 * Incidents per period, stacked by type. Clicking a segment narrows to that period and type. Dates coarser
 * than a bar are not bars: each is a hatched band over the periods its date covers ("sometime in 2022").
 */
export function TimelineChart({ data, coarse, interval }: Props) {
  const { navigate } = useDashboardState();
  const label = useTranslations('Types');
  const t = useTranslations('Dashboard');
  const locale = useLocale();
  const present = INCIDENT_TYPES.filter((type) => data.some((d) => d[type]));

  function select(period: string, type: IncidentType) {
    navigate({ ...periodToRange(period, interval), types: [type] });
  }

  return (
    // Each period gets at least MIN_BAR_PX: over a long range of weeks the chart scrolls rather than drawing
    // bars a pixel wide.
    <div className="chart-box chart-scroll" data-testid="timeline-chart">
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="6" className="coarse-hatch-stripe" />
          </pattern>
        </defs>
      </svg>
      <div style={{ width: `max(100%, ${data.length * MIN_BAR_PX}px)`, height: '100%' }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Padding keeps the first label off the y axis. */}
          <XAxis dataKey="period" tick={{ fontSize: 12 }} padding={{ left: 30, right: 4 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {coarse.map((band) => (
            <ReferenceArea
              key={band.label}
              className="coarse-band"
              x1={band.first}
              x2={band.last}
              ifOverflow="visible"
              fill={`url(#${HATCH_ID})`}
              fillOpacity={1}
              stroke="currentColor"
              strokeOpacity={0.5}
              strokeDasharray="3 3"
              label={{
                value: t('coarseBand', { count: band.n, span: formatIncidentDate(band.label, band.precision, locale) }),
                position: 'insideTop',
                fontSize: 11,
              }}
            />
          ))}
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
