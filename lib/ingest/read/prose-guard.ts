import { ArticleReadError } from './article-read-error';

/**
 * The longest run of text with no sentence end (`.`, `!`, `?`) and no line break that can still be an
 * article sentence. Real sentences stay far below a thousand characters; a longer run is a dump, a
 * minified script or an attack, and sentence splitting and extraction would spend minutes on it.
 */
export const MAX_SENTENCE_CHARS = 10_000;

/**
 * No word of prose is longer than this. Longer runs without a space (tracking URLs, base64 blobs, 200,000
 * `&`s decoded from `&amp;`) cost the NLP tokenizer time that grows with the square of their length.
 */
export const MAX_WORD_CHARS = 200;

const OVERLONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');
const SENTENCE_END = /[.!?。！？](?=[\s"'”’)\]]|$)|\n/g;

/** Replaces each run of non-space characters longer than MAX_WORD_CHARS with one space. */
export function dropOverlongWords(text: string): string {
  return text.replace(OVERLONG_WORD, ' ');
}

/** The length of the longest stretch between sentence ends or line breaks; one pass, no backtracking. */
export function longestSentenceLength(text: string): number {
  let longest = 0;
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    longest = Math.max(longest, m.index - from);
    from = m.index + m[0].length;
  }
  return Math.max(longest, text.length - from);
}

/** Refuses a body that cannot be an article because one "sentence" runs for more than MAX_SENTENCE_CHARS. */
export function assertSentencesFit(body: string, source: string): void {
  const longest = longestSentenceLength(body);
  if (longest > MAX_SENTENCE_CHARS) {
    throw new ArticleReadError(
      source,
      `not an article: one sentence runs for ${longest.toLocaleString('en')} characters with no full stop or line break (the limit is ${MAX_SENTENCE_CHARS.toLocaleString('en')})`,
    );
  }
}
