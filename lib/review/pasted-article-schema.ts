import { z } from 'zod';
import { DATE_PRECISIONS, INCIDENT_TYPES, LOCATION_PRECISIONS } from '@/lib/taxonomy';

export const ZPastedArticle = z
  .object({
    text: z.string().min(1).max(2_000_000),
    outlet: z.string().trim().max(200).nullish(),
    url: z.string().trim().url().max(2000).regex(/^https?:\/\//).nullish().or(z.literal('')),
  })
  .strict();

/** An incident as the preview showed it, possibly fixed by the editor. */
export const ZPastedIncident = z
  .object({
    type: z.enum(INCIDENT_TYPES),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)).max(20),
    summary: z.string().trim().min(1).max(2000),
    evidence: z.string().max(5000),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
    datePrecision: z.enum(DATE_PRECISIONS),
    placeName: z.string().max(200).nullable(),
    admin1: z.string().max(100).nullable(),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    locationPrecision: z.enum(LOCATION_PRECISIONS),
    actors: z.array(z.string().max(60)).max(20),
    confidence: z.number().min(0).max(1),
  })
  .strict();

export const ZSavePastedArticle = ZPastedArticle.extend({ incidents: z.array(ZPastedIncident).max(100) }).strict();
