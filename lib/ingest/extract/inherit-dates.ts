import type { DateChoice } from './choose-date';
import type { MergedIncident } from './mention';

// Words that tie an event to the one told just before: "a few days later", "since then", "afterwards".
const LINKED_TO_PREVIOUS =
  /\b(?:(?:a|one|two|three|four|five|several|a few) (?:days?|weeks?|hours?) later|later that (?:day|week|month)|the (?:next|following) (?:day|week|month)|shortly (?:after(?:wards)?|thereafter)|soon after(?:wards)?|afterwards|since then|after that|then)\b/i;

/** The date a sentence's linking words give it: the previous dated event's month. */
export function linkedDate(sentence: string, previous: DateChoice | null): DateChoice | null {
  if (!previous?.date || !LINKED_TO_PREVIOUS.test(sentence)) return null;
  return { date: previous.date.slice(0, 7), precision: previous.date.length === 4 ? 'year' : 'month', mentioned: true };
}

/**
 * Incidents told in the same sentence as a dated one and with no date of their own are taken as part of
 * that event ("the court sentenced three ... while a fourth was executed").
 */
export function shareSentenceDates(incidents: MergedIncident[]): void {
  for (const incident of incidents) {
    if (incident.date.mentioned) continue;
    const sentences = new Set(incident.mentions.map((m) => m.sentence));
    const partner = incidents.find((o) => o !== incident && o.date.date && o.mentions.some((m) => sentences.has(m.sentence)));
    if (partner) incident.date = { ...partner.date, mentioned: false };
  }
}
