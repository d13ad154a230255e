import { z } from 'zod';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import { ZIncidentDate, ZIncidentPlace } from './incident-edit-schema';

const ZCitation = z
  .object({
    outlet: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(500),
    url: z.string().trim().url().max(2000).regex(/^https?:\/\//).nullable(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  })
  .strict();

/** An incident added by hand, with its source: an article already stored, or a new citation. */
export const ZNewIncident = z
  .object({
    type: z.enum(INCIDENT_TYPES),
    summary: z.string().trim().min(1).max(2000),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)).max(20),
    actors: z.array(z.string().trim().min(1).max(60).regex(/^[^,]+$/)).max(20),
    date: ZIncidentDate,
    place: ZIncidentPlace.nullable(),
    source: z.union([z.object({ articleId: z.number().int().positive() }).strict(), ZCitation]),
  })
  .strict();

export type NewIncident = z.infer<typeof ZNewIncident>;
