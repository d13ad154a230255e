import 'server-only';
import type { IncidentPage } from '@/lib/incidents/list-incidents';
import type { IncidentListItem } from '@/lib/incidents/incident-dto';
import { formatIncidentDate, formatPlace } from './format';

export type IncidentRowView = Pick<IncidentListItem, 'id' | 'type' | 'summary'> & { dateLabel: string; placeLabel: string };
export type IncidentPageView = Omit<IncidentPage, 'items'> & { items: IncidentRowView[] };

/**
 * A list page as the list shows it, its dates and places already written out on the server: the place
 * names need the gazetteer (Korean names), which must not travel to the browser. In the reader's language.
 */
export function toIncidentPageView(page: IncidentPage, locale = 'en'): IncidentPageView {
  return {
    ...page,
    items: page.items.map((item) => ({
      id: item.id,
      type: item.type,
      summary: item.summary,
      dateLabel: formatIncidentDate(item.date, item.datePrecision, locale),
      placeLabel: formatPlace(item.placeName, item.admin1, item.country, locale),
    })),
  };
}
