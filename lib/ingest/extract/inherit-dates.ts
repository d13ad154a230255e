import type { IncidentType } from '@/lib/taxonomy';
import { LASTING_TYPES } from './lexicon-control';
import { eventDatesIn } from './choose-date';
import type { DateChoice, MergedIncident, Sentence } from './types';

// Words that tie an event to the one told just before: "a few days later", "since then", "afterwards".
const LINKED_TO_PREVIOUS =
  /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|hours?) (?:later|after (?:his|her|their|the))|later that (?:day|week|month)|(?:earlier|later) (?:in|that) (?:the|that) month|earlier that month|the (?:next|following) (?:day|week|month|morning|evening|night)|the same (?:day|night|week|month)|(?:at|around|about) the same time|shortly (?:after(?:wards)?|thereafter)|within (?:(?:a few|two|three|several) )?(?:days|hours|weeks|a day|a week|an hour)|soon after(?:wards)?|afterwards|since then|after that|then)\b/i;

// "ten days after her arrest": the link names which earlier event it counts from.
const NAMED_EVENT =
  /\b(?:after|following|in the wake of|within (?:an? |one |two |three |several |a few )?(?:hours?|days?|weeks?) of) (?:his|her|their|the) (arrest|detention|capture|escape|defection|disappearance|trial|sentencing|execution|raid|crackdown|inspection|lecture|repatriation)\b/i;
const EVENT_TYPE: Record<string, IncidentType> = {
  arrest: 'arrest',
  detention: 'arrest',
  capture: 'arrest',
  escape: 'defection',
  defection: 'defection',
  disappearance: 'defection',
  trial: 'trial',
  sentencing: 'trial',
  execution: 'execution',
  raid: 'crackdown',
  crackdown: 'crackdown',
  inspection: 'crackdown',
  lecture: 'indoctrination',
  repatriation: 'repatriation',
};

// "After the incident, …", "Following the raid, …", "In the wake of the escape, …": a fronted phrase that names, with
// a definite article, an event already told; "At the same time, …" and "in the days after" also tie to it.
const FRONTED_FOLLOWING =
  /^[“"']?(?:(?:after|following|in the wake of|in response to) (?:the|this|that|these|those|his|her|their) (?:[\w-]+ ){0,2}?[\w-]+,|at the same time\b|around the same time\b|meanwhile,)/i;
const DAYS_AFTER = /\bin the (?:days|weeks) (?:immediately |right )?(?:after|that followed|following)\b|\bthe following weekend\b/i;

/** Whether a sentence ties its event to one told before it ("After the incident, …", "a few days later"). */
export function linksBack(sentence: string): boolean {
  return LINKED_TO_PREVIOUS.test(sentence) || FRONTED_FOLLOWING.test(sentence) || DAYS_AFTER.test(sentence);
}

/** The date a sentence's linking words give it: the named or else the previous dated event's month. */
export function linkedDate(sentence: string, last: DateChoice | null, lastByType?: Map<IncidentType, DateChoice>): DateChoice | null {
  if (!linksBack(sentence)) return null;
  const linked = LINKED_TO_PREVIOUS.test(sentence);
  const named = NAMED_EVENT.exec(sentence);
  const previous = (named && lastByType?.get(EVENT_TYPE[named[1].toLowerCase()])) || last;
  if (!previous?.date) return null;
  // A fronted "Following the execution, …" also holds a trigger naming that earlier event, so the month it lends is
  // only assumed: it must not keep that mention apart from the event it names.
  return { date: previous.date.slice(0, 7), precision: previous.date.length === 4 ? 'year' : 'month', mentioned: linked };
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

// Consequences for the same people follow the event they continue; sessions and inspections are events of
// their own, dated only when the text dates them.
const CONTINUING_TYPES: IncidentType[] = ['arrest', 'trial', 'execution', 'family_punishment', 'repatriation'];

/**
 * An undated consequence told in the same paragraph right after a dated event usually continues it ("Officers
 * raided homes ... Two women were detained."): it takes that event's month, never its day, and only from a date
 * the text gave that event. Flashbacks ("had been arrested in July") lend nothing.
 */
// "The tutors were taken in for questioning" opening the next paragraph still continues the event just told.
const REFERS_BACK =
  /^[“"']?(?:the (?:\w+ ){0,2}?(?:\w+s|family|man|woman)|they|he|she|both|all (?:of )?(?:them|the)|(?:two|three|four|five|six|seven|eight|nine|ten|several|some|a few|\d+) (?:of (?:them|the \w+)|[\w-]+s\b))\b/i;

export function shareParagraphDates(incidents: MergedIncident[], paragraphOf: (sentence: number) => number): void {
  for (const incident of incidents) {
    if (incident.date.date || !CONTINUING_TYPES.includes(incident.type)) continue;
    let best: { distance: number; date: DateChoice } | null = null;
    for (const own of incident.mentions) {
      for (const other of incidents) {
        if (other === incident || !other.date.date || !other.date.mentioned) continue;
        for (const m of other.mentions) {
          if (m.flashback || m.sentence >= own.sentence) continue;
          const sameParagraph = paragraphOf(m.sentence) === paragraphOf(own.sentence);
          if (!sameParagraph && !(own.sentence - m.sentence === 1 && REFERS_BACK.test(own.evidence))) continue;
          const distance = own.sentence - m.sentence;
          if (!best || distance < best.distance) best = { distance, date: other.date };
        }
      }
    }
    if (best?.date.date) {
      const month = best.date.date.slice(0, 7);
      incident.date = { date: month, precision: month.length === 4 ? 'year' : 'month', mentioned: false };
    }
  }
}

/**
 * A story told around one month: when every dated incident of the article falls in the same month, an undated
 * consequence (arrest, trial, punishment) belongs to that story and takes its month ("slipped away early last
 * month ... searched the hills for three days before the deserters were caught").
 */
const STORY_TYPES: IncidentType[] = [...CONTINUING_TYPES, ...LASTING_TYPES];

export function shareStoryMonth(incidents: MergedIncident[]): void {
  const months = new Set(incidents.filter((i) => i.date.date && i.date.mentioned && i.date.date.length >= 7).map((i) => i.date.date!.slice(0, 7)));
  if (months.size !== 1 || incidents.some((i) => i.date.date?.length === 4)) return;
  const [month] = months;
  for (const incident of incidents) {
    if (!incident.date.date && STORY_TYPES.includes(incident.type)) incident.date = { date: month, precision: 'month', mentioned: false };
  }
}

// "A trial was held in Kanggye. It took place on the morning of the 19th.": a sentence with no event of its own
// that points back and says when something happened dates the sentence before it.
const DATES_PREVIOUS = /^[“"]?(?:it|this|that|they|he|she|the (?:\w+ )?(?:incident|event|trial|execution|arrest|arrests|raid|raids|search|searches|meeting|lecture|session|inspection|crossing|escape|operation|crackdown|detentions?))\b[^.]{0,40}\b(?:happened|took place|occurred|was held|were held|was carried out|began|started|came)\b/i;

/** Where the pointing-back clause ends ("It took place"), or -1 when the sentence does not point back. */
export function backReferenceEnd(sentence: string): number {
  const m = DATES_PREVIOUS.exec(sentence);
  return m ? m.index + m[0].length : -1;
}

// "The two had been arrested in March": a date told in the past perfect steps back behind the story's time.
const DATED_IN_FLASHBACK = /\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t)\b[^.;]*$/i;

/**
 * The month of the last date a sentence gives an event, not counting a flashback, for each sentence as it is asked
 * for: several undated incidents look back over the same sentences, which are read once.
 */
function monthsTold(sentences: Sentence[], reference: string | null): (index: number) => string | undefined {
  const months = new Map<number, string | undefined>();
  return (index) => {
    if (!months.has(index)) {
      const text = sentences[index].text;
      const month = eventDatesIn(text, reference)
        .filter((d) => !DATED_IN_FLASHBACK.test(text.slice(Math.max(0, d.index - 60), d.index)))
        .map((d) => d.date as string)
        .filter((date) => date.length >= 7)
        .at(-1);
      months.set(index, month);
    }
    return months.get(index);
  };
}

/**
 * The month of the nearest date the text gives an event before the incident is first told ("seized boats off Sinpo
 * in mid-August … Eleven crew members were taken to the security department"): a story runs forward from its last
 * date, though not from a flashback. Null when nothing before it is dated to the month.
 */
function narrativeMonth(incident: MergedIncident, monthAt: (index: number) => string | undefined): DateChoice | null {
  // A session is an event of its own: "lectures are being held" is this month's, whatever the story told before it.
  if (incident.type === 'indoctrination') return null;
  const first = Math.min(...incident.mentions.map((m) => m.sentence));
  for (let i = first - 1; i >= 0; i--) {
    const month = monthAt(i);
    if (month) return { date: month.slice(0, 7), precision: 'month', mentioned: false };
  }
  return null;
}

/**
 * The date an incident the text leaves undated is filed under, as event coders do (ACLED codes such an event at
 * the report's time, with a coarser precision): the month of the nearest date told before it, else the month of
 * the latest date the article gives any of its incidents, else the month it was published. Only assumed: it is
 * applied after the confidence model has seen that the text gave the incident no date, and it never keeps incidents
 * apart.
 */
export function assumedDates(incidents: MergedIncident[], reference: string | null, sentences: Sentence[]): Map<MergedIncident, DateChoice> {
  const assumed = new Map<MergedIncident, DateChoice>();
  const stated = incidents.filter((i) => i.date.date && i.date.mentioned && !i.mentions.every((m) => m.flashback));
  const latest = stated.map((i) => i.date.date as string).sort().at(-1) ?? reference;
  const fallback: DateChoice | null = latest
    ? { date: latest.slice(0, 7), precision: latest.length === 4 ? 'year' : 'month', mentioned: false }
    : null;
  const monthAt = monthsTold(sentences, reference);
  for (const incident of incidents) {
    if (incident.date.date) continue;
    const date = narrativeMonth(incident, monthAt) ?? fallback;
    if (date) assumed.set(incident, date);
  }
  return assumed;
}
