import type { Trigger } from './types';

/**
 * Gatherings a sentence names that are no session of the state's: the public meeting at which people were tried or
 * shot (the venue of that verdict, told with it), and a meeting believers held themselves.
 */

// "were tried at a public gathering in Sinuiju", "was shot at a public meeting": the crowd is the verdict's venue.
const VERDICT_AT_BEFORE = /\b(?:tried|sentenced|convicted|shot|executed|hanged|denounced and sentenced)\s+(?:[\w'’-]+\s+){0,3}?(?:at|in|before|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i;

// "arrested five people for holding secret prayer meetings": believers' own worship.
const WORSHIP = /^(?:[\w-]+\s+){0,3}?(?:prayer|worship|church|Bible|bible|religious|Christian|underground church)\s+(?:meetings?|gatherings?|sessions?)\b|\b(?:prayer|worship|church|Bible|bible|religious)\s+(?:meetings?|gatherings?|sessions?)$/;

export function isVenueOrWorship(sentence: string, t: Trigger): boolean {
  if (t.type !== 'indoctrination') return false;
  if (VERDICT_AT_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start))) return true;
  return WORSHIP.test(t.text) || WORSHIP.test(sentence.slice(t.start, t.end + 30).split(/[,.;]/)[0]);
}
