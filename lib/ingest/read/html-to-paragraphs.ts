import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanLine } from './text-lines';

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'DD', 'DT', 'BR', 'HR', 'UL', 'OL']);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'FORM', 'BUTTON']);
const BREAK = '\n\n';

/** A jsdom window that runs no script, fetches nothing and keeps parse warnings off the console. */
export function createDom(html: string): JSDOM {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

let sharedDom: JSDOM | undefined;

/** The text of an HTML fragment as paragraphs, one per block element; script and style text never appears. */
export function htmlToParagraphs(html: string): string[] {
  // A <template> in one shared window: parsing a fragment there runs nothing, loads nothing, and costs far
  // less than a new JSDOM per feed item.
  sharedDom ??= createDom('<!doctype html><body></body>');
  const template = sharedDom.window.document.createElement('template');
  template.innerHTML = html;
  // One walk over the tree with an explicit stack: mutating the DOM per block was quadratic in jsdom.
  const parts: string[] = [];
  const stack: (Node | typeof BREAK)[] = [...template.content.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop() as Node | typeof BREAK;
    if (node === BREAK) parts.push(BREAK);
    else if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1 && !NEVER_TEXT.has((node as Element).tagName.toUpperCase())) {
      const block = BLOCKS.has((node as Element).tagName.toUpperCase());
      if (block) {
        parts.push(BREAK);
        stack.push(BREAK);
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) => cleanLine(p.replace(/\s+/g, ' ')))
    .filter(Boolean);
}

export function isWellFormedXml(xml: string): boolean {
  try {
    new JSDOM(xml, { contentType: 'text/xml', virtualConsole: new VirtualConsole() });
    return true;
  } catch {
    return false;
  }
}

/** Plain text of a short HTML string (a title or a summary). */
export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join(' ');
}
