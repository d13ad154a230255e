import { differenceInCalendarDays, parseISO } from 'date-fns';
import { toDateRange } from '@/lib/dates/calendar';
import { isBorderCrossing } from './handover';
import type { MergedIncident } from './types';

/**
 * What the confidence model (`confidence.ts`) looks at in one incident: how the text ties its place, date and
 * actors to it, how it is told (hedged, in the future, as a general habit, inside a quote), which lexicon entry
 * found it, and what else the article reports. Structural signs and the extractor's own vocabulary only, no other
 * word of a particular article: the weights are learned from the labelled fixtures (`npm run train:confidence`),
 * and a feature that named an article's words would learn the fixtures.
 */
export type ConfidenceContext = {
  /** Every incident of the article, this one included, in reading order. */
  incidents: MergedIncident[];
  sentenceCount: number;
  /** The day the article's relative dates count from (its publication date when it has one). */
  reference: string | null;
  title: string;
  /** The incident types the title's own wording names (its triggers). */
  titleTypes: ReadonlySet<string>;
};

export type FeatureVector = Record<string, number>;

const HEDGED = /\b(?:believed|reportedly|rumou?r\w*|allegedly|said to|presumed|apparently|unconfirmed|may have|might have)\b/i;
const FORWARD = /\b(?:will|would|plans?|planning|expected to|could|threaten\w*|warn\w*)\b/i;
const NEGATION = /\b(?:not|no|never|denied|without)\b|n['’]t\b/i;
const HABITUAL = /\b(?:often|usually|routinely|every year|in recent years|commonly|typically|anyone|those who|people who)\b/i;
const QUOTED = /["“”]/;
// A sentence that opens on someone already introduced ("The man", "She", "The others"): often a step of a story told above.
const ANAPHORIC_START = /^["“]?(?:he|she|they|his|her|their|the (?:man|woman|men|women|pair|couple|family|others?|parents|group|two|three|crew|boy|girl|son|daughter|husband|wife))\b/i;

// A year and more before the article: an earlier case recalled, more often background than news.
const OLD_DAYS = 365;
// Dated after the article by more than a few weeks: a plan or a forecast, not an event.
const FUTURE_DAYS = 20;
const GAP_SCALE = 5;
const COUNT_CAP = 3;

function daysBefore(date: string, precision: MergedIncident['date']['precision'], reference: string): number | null {
  const range = toDateRange(date, precision);
  if (!range) return null;
  return differenceInCalendarDays(parseISO(reference), parseISO(range.dateStart));
}

function placeFeatures(incident: MergedIncident, f: FeatureVector): void {
  const place = incident.place;
  if (!place) {
    f['place:none'] = 1;
    return;
  }
  f[`level:${place.level}`] = 1;
  if (place.country !== 'KP') f['place:abroad'] = 1;
  if (place.area) f['place:line-or-sea'] = 1;
  // A bridge or customs post is named for a handover or a crossing, not guessed: a site unlike the others.
  if (isBorderCrossing(place)) f['place:crossing'] = 1;
}

function dateFeatures(incident: MergedIncident, reference: string | null, f: FeatureVector): void {
  const { date, precision, mentioned, since } = incident.date;
  f[`date:${date ? precision : 'none'}`] = 1;
  if (date && mentioned) f['date:stated'] = 1;
  if (since) f['date:since'] = 1;
  const gap = date && reference ? daysBefore(date, precision, reference) : null;
  if (gap === null) return;
  f['date:log-days-before'] = Math.log1p(Math.max(gap, 0)) / GAP_SCALE;
  if (gap < -FUTURE_DAYS) f['date:after-article'] = 1;
  if (gap > OLD_DAYS) f['date:year-before'] = 1;
}

function tellingFeatures(incident: MergedIncident, f: FeatureVector): void {
  const text = incident.mentions.map((m) => m.evidence).join(' ');
  if (HEDGED.test(text)) f['told:hedged'] = 1;
  if (FORWARD.test(text)) f['told:forward'] = 1;
  if (NEGATION.test(text)) f['told:negation'] = 1;
  if (HABITUAL.test(text)) f['told:habitual'] = 1;
  if (QUOTED.test(text)) f['told:quoted'] = 1;
  if (incident.flashback) f['told:flashback'] = 1;
  if (incident.listed && incident.mentions.every((m) => m.listed || m.sentence === incident.sentence)) f['told:listed'] = 1;
  if (incident.announcement) f['told:announcement'] = 1;
  if (incident.background) f['told:background'] = 1;
  if (incident.mentions.some((m) => m.background)) f['told:background-mention'] = 1;
}

function articleFeatures(incident: MergedIncident, context: ConfidenceContext, f: FeatureVector): void {
  const { incidents, sentenceCount } = context;
  const rank = incidents.indexOf(incident);
  f['article:log-incidents'] = Math.log(incidents.length);
  f['article:types'] = new Set(incidents.map((i) => i.type)).size / COUNT_CAP;
  f['article:same-type'] = Math.min(incidents.filter((i) => i !== incident && i.type === incident.type).length, COUNT_CAP) / COUNT_CAP;
  f['article:rank'] = rank < 0 ? 0 : rank / incidents.length;
  f['article:position'] = incident.sentence / Math.max(1, sentenceCount);
  if (incident.sentence < 2) f['article:lead'] = 1;
  if (context.titleTypes.has(incident.type)) f['article:type-in-title'] = 1;
  if (!incidents.slice(0, Math.max(rank, 0)).some((i) => i.type === incident.type)) f['article:first-of-type'] = 1;
  if (rank > 0 && ANAPHORIC_START.test(incident.mentions[0].evidence)) f['told:anaphoric-start'] = 1;
  const placeWord = incident.place?.name.split(/\s+/)[0].toLowerCase();
  if (placeWord && context.title.toLowerCase().includes(placeWord)) f['article:place-in-title'] = 1;
  // A capture abroad in a story that ends in a handover is usually the first step of that repatriation.
  if (incident.type === 'arrest' && incident.place && incident.place.country !== 'KP' && incidents.some((i) => i.type === 'repatriation')) {
    f['article:capture-before-handover'] = 1;
  }
}

// "were arrested", "had been sent back": the auxiliaries say when, the word after them is the lexicon entry.
const AUXILIARIES = /^(?:(?:was|were|is|are|been|being|had|has|have|be|got|get)\s+)+/;

/**
 * Which entry of the trigger lexicon (`lexicon.ts`) founded each mention, with the incident's type: some entries
 * ("detained" for an arrest) are right far more often than others ("moved" for a family's punishment). These name
 * the extractor's own vocabulary, not an article's words; holding the blind sets out in ten folds, they raised held-out
 * F1 at the shipped threshold from .869 to .874 (P .917 → .924, R .825 → .830; 93 sets, November 2026).
 */
function triggerFeatures(incident: MergedIncident, f: FeatureVector): void {
  for (const m of incident.mentions) {
    if (!m.trigger) continue;
    const head = m.trigger.replace(AUXILIARIES, '').split(' ')[0];
    f[`trigger:${incident.type}:${head}`] = 1;
  }
}

/** The incident's features, by name; absent names are 0. */
export function confidenceFeatures(incident: MergedIncident, context: ConfidenceContext): FeatureVector {
  const f: FeatureVector = { bias: 1 };
  f[`type:${incident.type}`] = 1;
  f[`tie:${incident.strength}`] = 1;
  f[`type-tie:${incident.type}:${incident.strength}`] = 1;
  placeFeatures(incident, f);
  dateFeatures(incident, context.reference, f);
  f['mentions:log'] = Math.log(incident.mentions.length);
  if (new Set(incident.mentions.map((m) => m.sentence)).size > 1) f['mentions:several-sentences'] = 1;
  if (incident.actors.length) f['actors'] = 1;
  if (incident.tags.length) f['tags'] = 1;
  tellingFeatures(incident, f);
  articleFeatures(incident, context, f);
  triggerFeatures(incident, f);
  return f;
}
