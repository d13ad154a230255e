import type { Trigger } from './types';

/**
 * Crossings a sentence names that are no new escape: a crossing that is someone's charge (a helper's offence, or the
 * person's own), and one its people undid at once (an incursion). Read by `isNonEvent` in non-events.
 */

// "a man who helped residents escape to China was sentenced", "convicted of taking bribes to let defectors cross",
// "anyone helping people cross the river": a crossing named as a helper's offence is the charge, not a new escape.
// So is the escape an activist "was helping them" make, or one that a group "that helps North Koreans escape" helps.
const HELPERS_OFFENCE_BEFORE =
  /(?:\bwho\s+(?:had\s+|has\s+|was\s+|were\s+|is\s+|are\s+)?(?:been\s+)?(?:helped|assisted|guided|let|allowed|helping|assisting|guiding|help|helps|assist|assists|guide|guides)|\b(?:group|activist|organi[sz]ation|charity|mission|network)s?\s+that\s+(?:help|helps|helped|assists?|guides?)|\b(?:of|for|with)\s+(?:[\w'’-]+\s+){0,3}?(?:helping|assisting|guiding|letting|allowing)|\bbribes?\s+to\s+(?:let|help|allow)|\b(?:anyone|those|people)\s+(?:who\s+)?(?:help|helps|helping|assist|assists|assisting))\s+(?:(?!who\b)[\w'’-]+\s+){0,4}?(?:to\s+)?$/i;

// "sentenced her to four years for illegally crossing the border": the crossing is the person's own charge.
const CHARGED_FOR_BEFORE =
  /\b(?:sentenc\w+|convicted|charged|jailed|tried|punished|accused|indicted|fined)\b[^.;]{0,100}?\b(?:for|of|over|with)\s+(?:(?:the\s+)?(?:crime\s+of\s+)?(?:illegal(?:ly)?|attempted|attempting|trying to)\s+)?$/i;

/** A crossing named as a charge, a helper's or the person's own, is what was punished, not a new escape. */
export function isCrossingAsCharge(sentence: string, t: Trigger): boolean {
  if (t.type !== 'defection') return false;
  if (HELPERS_OFFENCE_BEFORE.test(sentence.slice(Math.max(0, t.start - 90), t.start).split(/[;:]/).pop() ?? '')) return true;
  return /^(?:cross|defect|flee|fled|escap)/i.test(t.text) && CHARGED_FOR_BEFORE.test(sentence.slice(Math.max(0, t.start - 140), t.start));
}

// "soldiers crossed the MDL by some 20 meters and returned to the North after warning shots": a crossing its people
// undid at once is an incursion, neither an escape nor a return.
const WENT_BACK_AFTER = /^(?:(?!\b(?:was|were|been|being)\b)[^.;]){0,140}?\band (?:then |later |quickly |soon )?(?:returned|went back|retreated|withdrew|turned back|walked back)\b(?:\s+(?:to the North|north|northward|across|over))?/i;

// Active all the way: "were caught by Chinese police and returned" is a return done to them.
const CROSSED_AND_BEFORE = /\bcrossed\b(?:(?!\b(?:was|were|been|being)\b)[^.;]){0,140}?\band (?:then |later |quickly |soon )?$/i;

export function isUndoneCrossing(sentence: string, t: Trigger): boolean {
  if (t.type === 'repatriation') return /^returned\b/i.test(t.text) && CROSSED_AND_BEFORE.test(sentence.slice(0, t.start));
  return t.type === 'defection' && /^cross/i.test(t.text) && WENT_BACK_AFTER.test(sentence.slice(t.end));
}
