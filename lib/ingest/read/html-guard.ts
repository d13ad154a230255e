import { ArticleReadError } from './article-read-error';

/** Deeper than any real page; jsdom's cost grows with depth squared and overflows the stack near 10,000. */
const MAX_DEPTH = 500;
/** Saved article pages hold a few thousand elements; Readability needs ~10 s for 20,000. */
export const MAX_ELEMENTS = 20_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements the HTML parser closes by itself, so an unclosed one does not nest. */
const AUTO_CLOSED = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'html', 'head', 'body', 'colgroup', 'caption', 'rb', 'rt', 'rp']);

/**
 * Estimates the nesting depth from the raw markup, before jsdom sees it, and refuses pathological pages
 * (thousands of unclosed `<div>`s, hundreds of thousands of tags) that would take minutes or crash the parser.
 */
export function assertReasonableHtml(html: string, source: string): void {
  const markup = html.replace(/<!--[\s\S]*?-->|<(script|style|textarea|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  let depth = 0;
  let elements = 0;
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (!m[1] && ++elements > MAX_ELEMENTS) {
      throw new ArticleReadError(source, `HTML page too large (over ${MAX_ELEMENTS} elements)`);
    }
    const name = m[2].toLowerCase();
    if (VOID.has(name) || AUTO_CLOSED.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_DEPTH) throw new ArticleReadError(source, `HTML nested too deeply (over ${MAX_DEPTH} levels)`);
  }
}
