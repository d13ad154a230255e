import { findDates } from './find-dates';

/** Words a publication line may carry besides the date itself ("Published: … at 01:00PM", "Updated …"). */
const FILLER = /\b(?:published|posted|updated|modified|date|on|at|am|pm|kst|utc|gmt)\b|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?|[:|,·•\-–—()]/gi;

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
  const byline = /^\s*by\s+/i.test(rest);
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= (byline ? 6 : 2) ? day.date : null;
}
