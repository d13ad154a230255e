import type { IncidentType } from '@/lib/taxonomy';
import { isHypothetical, isLongAgo, isNegated } from './factuality';
import { TRIGGERS } from './lexicon';

export type Trigger = { type: IncidentType; start: number; end: number; text: string };

// When two trigger phrases overlap, the more specific reading wins ("sentenced to death" is an execution,
// "his family was arrested" is a family punishment, not an arrest).
const PRIORITY: IncidentType[] = [
  'execution',
  'family_punishment',
  'repatriation',
  'trial',
  'arrest',
  'defection',
  'crackdown',
  'indoctrination',
];

function overlaps(a: Trigger, b: Trigger): boolean {
  return a.start < b.end && b.start < a.end;
}

// "A family of three who had been hiding in Yanji was detained by Chinese police": a family caught for its
// own escape is no family punishment. A family that vanishes at home still is one.
const OWN_FAMILY_BEFORE = /\b(?:an?|one|two|three|four|several)\s+(?:[\w-]+\s+){0,2}$/i;
const OWN_ACT = /\b(?:Chinese|Russian|hiding|escap\w*|fle(?:e|d|eing)|cross(?:ed|ing)|defect\w*)\b/i;

function collectMatches(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const type of PRIORITY) {
    for (const re of TRIGGERS[type as Exclude<IncidentType, 'other'>]) {
      for (const m of sentence.matchAll(re)) {
        const start = m.index ?? 0;
        const ownFamily = /^famil/i.test(m[0]) && OWN_FAMILY_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) && OWN_ACT.test(sentence);
        if (type === 'family_punishment' && ownFamily) continue;
        found.push({ type, start, end: start + m[0].length, text: m[0] });
      }
    }
  }
  return found;
}

/** "people caught with phones were sentenced": the participle describes who was tried, not a separate arrest. */
const REDUCED_RELATIVE = /\b(?!was\b|were\b|been\b|be\b|being\b|got\b|get\b|is\b|are\b)\w+ (?:arrested|detained|caught) (?:for|with|in|on|at|after|during|while)\b/gi;

function reducedRelativeStarts(sentence: string, triggers: Trigger[]): Set<number> {
  const starts = new Set<number>();
  if (!triggers.some((t) => t.type === 'trial' || t.type === 'execution')) return starts;
  for (const m of sentence.matchAll(REDUCED_RELATIVE)) {
    const verb = (m.index ?? 0) + m[0].indexOf(' ') + 1;
    const laterSentence = triggers.some((t) => (t.type === 'trial' || t.type === 'execution') && t.start > verb);
    if (laterSentence) starts.add(verb);
  }
  return starts;
}

// A long family phrase can hold its own negation or hedge: "my parents weren't relocated", "the family is
// likely to be sent to a village".
const NEGATED_INSIDE = /\b(?:not|never|may|might|could|would|will|can|should|must|likely|unlikely|expected|probably|possibly|set to|about to|going to|due to|fac(?:e|es|ing))\b|n['’]t\b/i;

// A meeting is an ideological session only when people are told, warned or criticised at it.
const SESSION_CUE = /\b(?:told|warn\w*|critici[sz]\w*|lectur\w*|urg\w+|emphasi[sz]\w*|ideolog\w*|loyalty|denounc\w*|self-critic\w*|pledge\w*|study)\b/i;
// The leader's "on-the-spot" inspections of factories are not inspections of people.
const LEADER_BEFORE = /\b(?:Kim Jong[- ]?[Uu]n|Kim Jong[- ]?[Ii]l|the leader)\b[^.;]{0,40}$/;

function isOutOfDomain(sentence: string, t: Trigger): boolean {
  if (/meeting/i.test(t.text) && t.type === 'indoctrination') return !SESSION_CUE.test(sentence);
  if (/^inspect/i.test(t.text)) return LEADER_BEFORE.test(sentence.slice(0, t.start));
  return false;
}

/** Every factual event trigger in a sentence, one per phrase, in reading order. */
export function findTriggers(sentence: string): Trigger[] {
  const kept: Trigger[] = [];
  for (const t of collectMatches(sentence)) {
    if (kept.some((k) => overlaps(k, t))) continue;
    kept.push(t);
  }
  const relatives = reducedRelativeStarts(sentence, kept);
  const family = kept.filter((t) => t.type === 'family_punishment');
  return kept
    .filter((t) => !relatives.has(t.start) || t.type !== 'arrest')
    // A camp or arrest right after a family punishment phrase is that same punishment.
    .filter((t) => !(t.type === 'trial' || t.type === 'arrest') || !family.some((f) => t.start >= f.end && t.start - f.end < 60))
    .filter((t) => !isNegated(sentence, t.start) && !NEGATED_INSIDE.test(t.text))
    .filter((t) => !isOutOfDomain(sentence, t) && !isLongAgo(sentence, t.end))
    .filter((t) => !isHypothetical(sentence, t.start, t.type === 'repatriation', t.type === 'defection'))
    .sort((a, b) => a.start - b.start);
}
