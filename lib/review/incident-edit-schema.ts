import { z } from 'zod';
import { isValidDay } from '@/lib/dates/calendar';
import { DATE_PRECISIONS, INCIDENT_TYPES, LOCATION_PRECISIONS } from '@/lib/taxonomy';

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const DATE_FORM: Record<(typeof DATE_PRECISIONS)[number], RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  unknown: /^$/,
};

function isRealDate(date: string): boolean {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return y >= 1900 && y <= 2100 && isValidDay(y, m, d);
}

export const ZIncidentDate = z
  .object({ date: z.string().nullable(), datePrecision: z.enum(DATE_PRECISIONS) })
  .strict()
  .refine((v) => DATE_FORM[v.datePrecision].test(v.date ?? ''), { message: 'The date does not match its precision (day/week: YYYY-MM-DD, month: YYYY-MM, year: YYYY, unknown: empty).' })
  .refine((v) => !v.date || isRealDate(v.date), { message: 'Not a real date.' });

export const ZIncidentPlace = z
  .object({
    placeName: z.string().trim().min(1).max(200),
    admin1: z.string().trim().max(100).nullable(),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    locationPrecision: z.enum(LOCATION_PRECISIONS),
  })
  .strict()
  .refine((p) => (p.lat === null) === (p.lon === null), { message: 'Give both coordinates or neither.' });

/** A person's correction: any subset of the editable fields. */
export const ZIncidentEdit = z
  .object({
    type: z.enum(INCIDENT_TYPES).optional(),
    tags: z.array(z.string().regex(SLUG)).max(20).optional(),
    summary: z.string().trim().min(1).max(2000).optional(),
    actors: z.array(z.string().trim().min(1).max(60).regex(/^[^,]+$/)).max(20).optional(),
    date: ZIncidentDate.optional(),
    place: ZIncidentPlace.optional(),
  })
  .strict();

export type IncidentEdit = z.infer<typeof ZIncidentEdit>;
export type IncidentPlace = z.infer<typeof ZIncidentPlace>;
