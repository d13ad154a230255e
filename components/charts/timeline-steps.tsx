'use client';

import { useTranslations } from 'next-intl';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TYPE_COLORS } from '@/lib/taxonomy';
import { periodToRange } from '@/lib/incidents/periods';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { renderCoarseBands, sortByTaxonomy } from './timeline-bands';
import type { TimelineDrawProps } from './timeline-bars';
import { tickInterval } from './timeline-shape';

/**
 * The timeline as stacked steps: one filled path per type, each period a flat step as wide as its bar
 * would be, so it fits the panel without scrolling and costs ten elements however many periods there are.
 * The x axis is a band scale like the bars' (the hatched bands cover the same periods); the tooltip gives
 * a period's count per type; clicking narrows to the period under the pointer.
 */
export function TimelineSteps({ data, coarse, interval, present, bandLabel }: TimelineDrawProps) {
  const { navigate } = useDashboardState();
  const label = useTranslations('Types');
  // A period without a type is a zero step for it, not a gap in its path.
  const rows = data.map((row) => ({ ...Object.fromEntries(present.map((type) => [type, 0])), ...row }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        style={{ cursor: 'pointer' }}
        onClick={(state) => {
          const period = state?.activeLabel;
          if (typeof period === 'string' && period) navigate(periodToRange(period, interval));
        }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* A fixed label interval: Recharts need not measure every period's label to pick which to show. */}
        <XAxis dataKey="period" scale="band" tick={{ fontSize: 12 }} interval={tickInterval(data.length)} padding={{ left: 30, right: 4 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip itemSorter={sortByTaxonomy} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={sortByTaxonomy} iconType="square" />
        {renderCoarseBands(coarse, bandLabel)}
        {present.map((type) => (
          <Area
            key={type}
            type="step"
            dataKey={type}
            name={label(type)}
            stackId="types"
            fill={TYPE_COLORS[type]}
            fillOpacity={1}
            stroke={TYPE_COLORS[type]}
            strokeWidth={0.5}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
