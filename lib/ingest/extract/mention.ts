import type { Place } from '@/lib/geo/types';
import type { IncidentType } from '@/lib/taxonomy';
import type { PlaceStrength } from './choose-place';
import type { DateChoice } from './choose-date';

/** One sentence's report of an incident, before mentions of the same incident are merged. */
export type Mention = {
  type: IncidentType;
  sentence: number;
  evidence: string;
  place: Place | null;
  strength: PlaceStrength;
  date: DateChoice;
  actors: string[];
  tags: string[];
  /** Told in the past perfect ("had been arrested in July"): a step back from the story's timeline. */
  flashback?: boolean;
  /** One of several places listed for one verb ("in Hyesan and Samsu"): an incident of its own. */
  listed?: boolean;
  /** A crackdown only announced ("issued an order banning ..."), which an enforcement report in the article covers. */
  announcement?: boolean;
};

/** Mentions merged into one incident. */
export type MergedIncident = Mention & { mentions: Mention[] };
