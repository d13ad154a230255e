/**
 * The large hostile articles, generated into a folder rather than committed: 5 MB of prose, a 100 KB
 * "sentence", 200,000 `&amp;`, 10,000 nested `<div>`s, a 10,000-item feed, and a file whose name carries
 * terminal escapes. Deterministic. Used by the integration test and by `npm run bench:hostile`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArticles } from '@/lib/eval/generate-articles';

export const FEED_ITEMS = 10_000;
/** A name that would clear the screen and turn the terminal red if printed raw. */
export const ESCAPE_NAME = '\u001b[2J\u001b[31mred-alert\u0007.txt';

/** Paragraphs of synthetic reports, without their title and date lines, numbered so no two are the same. */
function proseParagraphs(bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (const [i, article] of generateArticles(Math.ceil(bytes / 400)).entries()) {
    for (const line of article.split('\n').slice(1)) {
      if (line.length < 60) continue;
      const p = `In report ${i}, ${line[0].toLowerCase()}${line.slice(1)}`;
      out.push(p);
      size += p.length + 2;
      if (size >= bytes) return out;
    }
  }
  return out;
}

function feedItem(i: number, text: string): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  return `<item><title>Report ${i} from the border</title><link>https://example.org/feed-10000/${i}</link><pubDate>${day} Mar 2024 09:00:00 +0900</pubDate><description>&lt;p&gt;${text}&lt;/p&gt;</description></item>`;
}

/** An RSS feed of `count` distinct reports, each with its own https link. */
export function buildFeed(count: number): string {
  const paragraphs = proseParagraphs(count * 120);
  const items = Array.from({ length: count }, (_, i) => feedItem(i, paragraphs[i % paragraphs.length].replace(/^In report \d+/, `In item ${i}`)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Test Outlet</title><link>https://example.org/</link>\n${items.join('\n')}\n</channel></rss>\n`;
}

export type HostileFile = { name: string; file: string };

/** Writes the generated files into `dir` and returns their paths by name. */
export function writeHostileCorpus(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const put = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    files[name] = file;
  };
  put('big-5mb.txt', `A long digest of border reports\n\nMarch 5, 2024\n\n${proseParagraphs(4_900_000).join('\n\n')}\n`);
  const lead = 'Police in Hyesan arrested a trader on Monday for selling smuggled phones, a source said.';
  put('long-sentence.txt', `One endless sentence\n\n${lead}\n\n${'and the market was crowded '.repeat(4000)}\n`);
  put(
    'amp-flood.html',
    `<!doctype html><html><head><title>Ampersands everywhere</title></head><body><article><h1>Ampersands everywhere</h1><p>${lead}</p><p>${'&amp;'.repeat(200_000)}</p><p>The trader was taken to the police station in the city, where he was questioned for two days, the source said.</p></article></body></html>`,
  );
  put('deep-nesting.html', `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(10_000)}<p>${lead}</p>${'</div>'.repeat(10_000)}</body></html>`);
  put('feed-10000.xml', buildFeed(FEED_ITEMS));
  put(ESCAPE_NAME, '');
  return files;
}
