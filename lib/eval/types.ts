import { z } from 'zod';

/** Gold label files follow shared/eval/README.md; parsed leniently so optional fields may be absent. */
export const ZAcceptablePlace = z.object({
  name: z.string().nullish(),
  level: z.string().nullish(),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  admin1: z.string().nullish(),
  country: z.string().nullish(),
});

export const ZGoldIncident = z.object({
  type: z.string(),
  tags: z.array(z.string()).default([]),
  date: z.string().nullish(),
  datePrecision: z.string().nullish(),
  place: z.string().nullish(),
  admin1: z.string().nullish(),
  country: z.string().nullish(),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  locationPrecision: z.string().default('unknown'),
  acceptablePlaces: z.array(ZAcceptablePlace).default([]),
  actors: z.array(z.string()).default([]),
  optional: z.boolean().default(false),
  note: z.string().nullish(),
});

export const ZGoldArticle = z.object({
  file: z.string(),
  outlet: z.string().nullish(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  dateFormat: z.string().nullish(),
  notes: z.string().nullish(),
  incidents: z.array(ZGoldIncident),
});

export const ZGoldFile = z.array(ZGoldArticle);

export type AcceptablePlace = z.infer<typeof ZAcceptablePlace>;
export type GoldIncident = z.infer<typeof ZGoldIncident>;
export type GoldArticle = z.infer<typeof ZGoldArticle>;

/** The prediction fields the scorer reads (a subset of ExtractedIncident). */
export type PredictedIncident = {
  type: string;
  date: string | null;
  datePrecision?: string;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: string;
  /** The extractor's 0..1 trust in the incident, for the reliability table. */
  confidence?: number;
};
