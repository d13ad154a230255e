import { findDates } from './find-dates';

/** Words a publication line may carry besides the date itself ("Published: … at 01:00PM", "Updated …"). */
const FILLER = /\b(?:published|posted|updated|modified|date|on|at|am|pm|kst|utc|gmt)\b|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|[:|,·•\-–—()]/gi;

const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|\b(?:kst|utc|gmt)\b/gi;

/**
 * A standalone date line ("March 05, 2024 at 01:00PM", "05/27/2024 10:57", "Published: 2024-03-05")
 * → YYYY-MM-DD, or null when the line holds no full date or is mostly something else (a sentence).
 * Bylines ("By Jane Doe - 2024.03.05") are accepted when the name part is short.
 */
export function parsePublicationDate(text: string): string | null {
  const line = text.trim();
  if (!line || line.length > 100 || !/\d/.test(line)) return null;
  const day = findDates(line, null).find((d) => d.precision === 'day' && d.date);
  if (!day?.date) return null;
  const rest = (line.slice(0, day.index) + ' ' + line.slice(day.index + day.text.length)).replace(FILLER, ' ');
  const byline = /^\s*by\s+/i.test(rest) || isNameFields(line.slice(0, day.index) + line.slice(day.index + day.text.length));
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= (byline ? 6 : 2) ? day.date : null;
}

// "By", "Reporter:", "Written by", "Correspondent:" before a name in a byline field.
const BYLINE_LABEL = /^(?:(?:written |reported )?by|reporter|writer|author|correspondent|editor)\s*:?\s+/i;

/**
 * "Lee Sang Yong | 2014-04-08 11:02", "Daily NK | By Kang Mi-jin | September 24, 2024": the fields a pipe
 * separates beside the date are names (a few capitalised words, maybe after "By").
 */
function isNameFields(rest: string): boolean {
  if (!rest.includes('|')) return false;
  const fields = rest.split('|').map((f) => f.replace(CLOCK, ' ').trim()).filter(Boolean);
  return fields.every((f) => {
    const words = f.replace(BYLINE_LABEL, '').split(/\s+/);
    return words.length <= 4 && words.every((w) => /^[A-Z][\w'’.-]*$/.test(w));
  });
}
