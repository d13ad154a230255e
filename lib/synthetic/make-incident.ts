import { deriveIncidentColumns } from '@/lib/incidents/to-incident-row';
import { TAGS, TYPE_LABELS, type DatePrecision, type IncidentStatus, type IncidentType } from '@/lib/taxonomy';
import { nearestProvince, pickKoreanPlace, pickPlaceAbroad, pickProvince, type SyntheticPlace } from './place-pools';
import { createWeightedPicker, type Random } from './random';

// Skewed as the real stream is: arrests and crackdowns common, executions rare.
const pickType = createWeightedPicker<IncidentType>([
  ['arrest', 28],
  ['crackdown', 20],
  ['trial', 12],
  ['defection', 10],
  ['indoctrination', 9],
  ['repatriation', 7],
  ['family_punishment', 6],
  ['other', 5],
  ['execution', 3],
]);

type Where = 'korea' | 'province' | 'abroad' | 'hand' | 'country' | 'unknown';
/** About 70 % at a North Korean gazetteer place; hand-placed points are what review creates. */
const pickWhere = createWeightedPicker<Where>([
  ['korea', 70],
  ['province', 8],
  ['abroad', 10],
  ['hand', 3],
  ['country', 3],
  ['unknown', 6],
]);

const pickPrecision = createWeightedPicker<DatePrecision>([
  ['day', 65],
  ['month', 15],
  ['week', 5],
  ['year', 7],
  ['unknown', 8],
]);

const pickStatus = createWeightedPicker<IncidentStatus>([
  ['auto', 85],
  ['reviewed', 12],
  ['rejected', 3],
]);

const FIRST_DAY = Date.parse('2000-01-01');

function makePlace(r: Random, where: Where): SyntheticPlace {
  if (where === 'korea') return pickKoreanPlace(r);
  if (where === 'abroad') return pickPlaceAbroad(r);
  if (where === 'province') return pickProvince(r);
  if (where === 'hand') {
    // Somewhere inside North Korea's bounding box, to four decimals (about 10 m), as a reviewer's click.
    const lat = Math.round((37.9 + r.next() * 4.9) * 1e4) / 1e4;
    const lon = Math.round((124.4 + r.next() * 5.9) * 1e4) / 1e4;
    return { placeName: 'Marked location', admin1: nearestProvince(lat, lon), country: 'KP', lat, lon, locationPrecision: 'site' };
  }
  const country = where === 'country' ? 'KP' : null;
  return { placeName: null, admin1: null, country, lat: null, lon: null, locationPrecision: where === 'country' ? 'country' : 'unknown' };
}

/** A day from 2000-01-01 to `today`, more of them recent (reporting grew over the years). */
function makeDate(r: Random, today: number, precision: DatePrecision): string | null {
  if (precision === 'unknown') return null;
  const day = new Date(FIRST_DAY + Math.sqrt(r.next()) * (today - FIRST_DAY)).toISOString().slice(0, 10);
  if (precision === 'year') return day.slice(0, 4);
  if (precision === 'month') return day.slice(0, 7);
  return day;
}

export type SyntheticIncident = ReturnType<typeof makeIncident>;

/** One synthetic incident row (scalar columns, derived ones included) and its tags. */
export function makeIncident(r: Random, id: number, today: number, articleTitle: string) {
  const type = pickType(r);
  const where = pickWhere(r);
  const place = makePlace(r, where);
  const datePrecision = pickPrecision(r);
  const date = makeDate(r, today, datePrecision);
  const status: IncidentStatus = where === 'hand' ? 'reviewed' : pickStatus(r);
  const summary = `Synthetic ${TYPE_LABELS[type].toLowerCase()} record ${id}${place.placeName ? `, ${place.placeName}` : ''}.`;
  const tags = r.next() < 0.4 ? [...new Set([r.pick(TAGS), ...(r.next() < 0.3 ? [r.pick(TAGS)] : [])])] : [];
  const row = {
    id,
    type,
    summary,
    evidence: null,
    date,
    datePrecision,
    ...place,
    actors: '',
    confidence: Math.round((0.3 + r.next() * 0.7) * 100) / 100,
    status,
    ...deriveIncidentColumns({ summary, date, datePrecision, placeName: place.placeName, admin1: place.admin1 }, [articleTitle]),
  };
  return { row, tags };
}
