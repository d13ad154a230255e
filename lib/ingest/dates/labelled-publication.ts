import { findDates } from './find-dates';

// "Published on 2024/10/22", "Posted: March 5, 2024", "first published 5 March 2024".
const LABEL_BEFORE = /\b(?:published|posted)(?:\s+(?:on|at))?\s*:?\s*$/i;
// "Reported by Kim for RFA's Korean Service. Translated by Seo. 2014-05-20": the credits that close a story.
const CREDIT_LINE = /^(?:(?:reported|written|translated|edited)(?: in English)? by)\b/i;
const MAX_LINE_CHARS = 200;

/**
 * A publication date the text labels as such inside a longer line ("Reported by Kim (ASIAPRESS). Published on
 * 2024/10/22."): the full date right after "published" or "posted", or the full date that ends a credit line
 * ("Reported by … Translated by …. 2014-05-20"). Null when no such phrase is there.
 */
export function findLabelledPublication(line: string): string | null {
  if (line.length > MAX_LINE_CHARS) return null;
  const credit = CREDIT_LINE.test(line);
  if (!credit && !/\b(?:published|posted)\b/i.test(line)) return null;
  const days = findDates(line, null).filter((d) => d.precision === 'day' && d.date);
  const labelled = days.find((d) => LABEL_BEFORE.test(line.slice(0, d.index)));
  if (labelled) return labelled.date;
  const last = days.at(-1);
  const closes = last && credit && /^[\s.)]*$/.test(line.slice(last.index + last.text.length));
  return closes ? last.date : null;
}
