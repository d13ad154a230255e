import type { MergedIncident } from './mention';

const PLACE_BONUS = { sentence: 0.15, paragraph: 0.08, article: 0.05, source: 0, none: -0.05 } as const;

/** A rough 0..1 score: more mentions, a place and date tied to the event, and a named actor all add trust. */
export function scoreConfidence(incident: MergedIncident): number {
  let score = 0.5 + PLACE_BONUS[incident.strength];
  if (incident.date.date) score += 0.1;
  if (incident.actors.length) score += 0.05;
  score += Math.min(0.15, 0.05 * (incident.mentions.length - 1));
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}
