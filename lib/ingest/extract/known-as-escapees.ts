import { MONTH_PATTERN } from '@/lib/ingest/dates/calendar';
import type { Trigger } from './types';

/**
 * People the news names by an escape they once made ("a lawmaker who defected from North Korea", "a YouTuber who fled
 * the North") are who they are now; the escape is no event of the story, unless the clause dates it.
 */
const PUBLIC_ROLE_WHO_BEFORE =
  /\b(?:lawmakers?|legislators?|politicians?|(?:assembly|parliament) members?|MPs?|candidates?|activists?|researchers?|scholars?|professors?|pastors?|authors?|writers?|novelists?|poets?|journalists?|reporters?|YouTubers?|broadcasters?|commentators?|entrepreneurs?|actors?|actress(?:es)?|singers?|athletes?|doctors?)\s+who\s+(?:had\s+|has\s+|have\s+)?(?:once\s+|later\s+)?$/i;
const DATED_AFTER = new RegExp(String.raw`^[^.;,]{0,50}?\b(?:in|on|during|last|this)\s+(?:(?:19|20)\d{2}|${MONTH_PATTERN}|spring|summer|autumn|fall|winter|week|month|year)(?![\w])`, 'i');

export function isKnownAsEscapee(sentence: string, t: Trigger): boolean {
  if (t.type !== 'defection' || !/^(?:defected|fled|escaped)\b/i.test(t.text)) return false;
  return PUBLIC_ROLE_WHO_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start)) && !DATED_AFTER.test(sentence.slice(t.end));
}
