import { tagSentence, type TaggedToken } from './pos-tags';

/**
 * Who did what, from parts of speech: a name is the grammatical subject of a verb when it opens its clause (the
 * sentence start, a comma, a conjunction or "that" before it, never a preposition) and the words after it run
 * through auxiliaries and adverbs to an active verb. "Pyongyang has quietly ordered ...", "... and Beijing treats
 * escapees as migrants": the capital acts as the state, so it is not where an incident happened.
 */
const CLAUSE_OPENERS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
const CHAIN = new Set(['AUX', 'ADV', 'PART']);
const BE = /^(?:is|are|was|were|be|been|being|am)$/i;
const SUBORDINATORS = /^(?:that|as|while|whereas|because|since|although|though)$/i;

function opensClause(tokens: TaggedToken[], first: number): boolean {
  const before = tokens[first - 1];
  const det = before?.pos === 'DET' ? tokens[first - 2] : before;
  // "as Pyongyang fortifies the border": the tagger may read a subordinator as a preposition.
  return !det || CLAUSE_OPENERS.has(det.pos) || SUBORDINATORS.test(det.text);
}

/** The active verb a subject at tokens[after - 1] governs, or null (none, "to"-infinitive, or a passive). */
function governedVerb(tokens: TaggedToken[], after: number): TaggedToken | null {
  let passive = false;
  for (let i = after; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB') return passive || t.text.toLowerCase() === 'to' ? null : t;
    if (!CHAIN.has(t.pos) || t.text.toLowerCase() === 'to') return null;
    if (BE.test(t.text)) passive = true;
  }
  return null;
}

/** Whether the span [start, end) is the subject of an active verb in its clause. */
export function isActiveSubject(sentence: string, start: number, end: number): boolean {
  const tokens = tagSentence(sentence);
  const first = tokens.findIndex((t) => t.start >= start);
  if (first < 0 || tokens[first].start >= end) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
  return opensClause(tokens, first) && governedVerb(tokens, last + 1) !== null;
}
