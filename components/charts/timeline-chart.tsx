'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { CoarseBand } from '@/lib/incidents/coarse-dates';
import type { PeriodCounts } from '@/lib/incidents/get-incident-stats';
import type { Interval } from '@/lib/incidents/periods';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { formatIncidentDate } from '@/components/incidents/format-date';
import { HatchPattern } from './timeline-bands';
import { TimelineBars } from './timeline-bars';
import { chooseTimelineShape } from './timeline-shape';
import { TimelineSteps } from './timeline-steps';

type Props = { data: PeriodCounts[]; coarse: readonly CoarseBand[]; interval: Interval };

/**
 * Incidents per period, stacked by type in the taxonomy's order and colours, with hatched bands for dates
 * coarser than a period. Few segments are bars (each a click target); many are stacked steps, one path per
 * type, so the chart costs the same at any size (components/charts/timeline-shape.ts).
 */
export function TimelineChart({ data, coarse, interval }: Props) {
  const t = useTranslations('Dashboard');
  const locale = useLocale();
  const present = INCIDENT_TYPES.filter((type) => data.some((d) => d[type]));
  const shape = chooseTimelineShape(data);
  const bandLabel = (band: CoarseBand) =>
    t('coarseBand', { count: band.n, span: formatIncidentDate(band.label, band.precision, locale) });
  const props = { data, coarse, interval, present, bandLabel };
  return (
    <div className={shape === 'bars' ? 'chart-box chart-scroll' : 'chart-box'} data-testid="timeline-chart" data-shape={shape}>
      <HatchPattern />
      {shape === 'bars' ? <TimelineBars {...props} /> : <TimelineSteps {...props} />}
    </div>
  );
}
