/** Line-level helpers shared by the plain-text and feed readers. */
import { parsePublicationDate } from '@/lib/ingest/dates';

const TERMINAL = /[.!?:;"”’)\]]$/;

/** Trims, turns no-break spaces into spaces and collapses runs of blanks. */
export function cleanLine(line: string): string {
  return line.replace(/[\u00a0\u2000-\u200b\u202f\u3000\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Non-empty lines, each one paragraph. Outlets put either a blank line or a single newline between
 * paragraphs, so a newline ends a paragraph, except in hard-wrapped text: a line that stops mid-sentence
 * and is followed by one starting in lower case is joined to it. A line that is only a date ("2017-06-20" under a
 * headline with no full stop) is a date line of its own, never the rest of the line above.
 */
export function splitLogicalLines(text: string): string[] {
  const out: string[] = [];
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    const line = cleanLine(raw);
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    const continues = /^[a-z0-9]/.test(line) && !(/^\d/.test(line) && parsePublicationDate(line));
    if (!previousBlank && last !== undefined && !TERMINAL.test(last) && continues) {
      out[out.length - 1] = `${last} ${line}`;
    } else {
      out.push(line);
    }
    previousBlank = false;
  }
  return out;
}

/** Comparable form of a line, to spot a title printed twice. */
export function normaliseForCompare(line: string): string {
  return line.toLowerCase().replace(/[“”"‘’'`]/g, '').replace(/\s+/g, ' ').trim();
}

export function countWords(line: string): number {
  return line.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
}

/** Enough real words to be a paragraph of a report, not noise or a menu. */
export function looksLikeProse(line: string): boolean {
  return countWords(line) >= 6;
}

const COMMON_WORDS = new Set(
  'the of and to in a was that for on is by with said as at from were has have had it his her their they he she which who an be been are this not but or after its into over also than'.split(' '),
);

/**
 * True for English prose: news text is about a third function words, random noise has almost none.
 * Only the first few thousand words are looked at, so a large file costs little.
 */
export function looksLikeEnglish(text: string): boolean {
  const words = text.slice(0, 50_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const common = words.filter((w) => COMMON_WORDS.has(w)).length;
  return common / words.length >= 0.08;
}
