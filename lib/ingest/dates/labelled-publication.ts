import { findDates } from './find-dates';

// "Published on 2024/10/22", "Posted: March 5, 2024", "first published 5 March 2024".
const LABEL_BEFORE = /\b(?:published|posted)(?:\s+(?:on|at))?\s*:?\s*$/i;
const MAX_LINE_CHARS = 200;

/**
 * A publication date the text labels as such inside a longer line ("Reported by Kim (ASIAPRESS). Published on
 * 2024/10/22."): the full date right after "published" or "posted". Null when no such phrase is there.
 */
export function findLabelledPublication(line: string): string | null {
  if (line.length > MAX_LINE_CHARS || !/\b(?:published|posted)\b/i.test(line)) return null;
  const day = findDates(line, null).find((d) => d.precision === 'day' && d.date && LABEL_BEFORE.test(line.slice(0, d.index)));
  return day?.date ?? null;
}
