import { parseFeed } from '@rowanmanning/feed-parser';
import type { ParsedArticle } from '@/lib/ingest/types';
import { ArticleReadError } from './article-read-error';
import { cleanParagraphs } from './clean-paragraphs';
import { prepareFeedXml } from './feed-guard';
import { readItemLink } from './feed-item-link';
import { htmlToParagraphs, htmlToText, isWellFormedXml } from './html-to-paragraphs';
import { toCalendarDate } from './literal-date';
import { detectOutlet, matchOutletName } from './outlets';

type FeedItem = ReturnType<typeof parseFeed>['items'][number];

/** The date as written in the item (the parser lower-cases element names), so a "+0900" timestamp keeps its Korean calendar day. */
function rawItemDate(item: FeedItem): string | null {
  for (const name of ['published', 'pubdate', 'date', 'issued', 'updated']) {
    const text = item.element.findElementWithName(name)?.textContent?.trim();
    if (text) return text;
  }
  return null;
}

/** One article per feed item (`source` = `path#n`, counting from 1); items with no text are skipped. */
export function readFeed(xml: string, source: string): ParsedArticle[] {
  const safeXml = prepareFeedXml(xml, source);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(safeXml);
  } catch (err) {
    throw new ArticleReadError(source, `malformed feed (${(err as Error).message})`);
  }
  const feedUrl = feed.url;
  const siteOutlet = matchOutletName(feed.title) ?? matchOutletName(feedUrl);
  const articles: ParsedArticle[] = [];
  feed.items.forEach((item, i) => {
    const title = item.title ? htmlToText(item.title) : '';
    const html = item.content ?? item.description ?? '';
    const { paragraphs } = cleanParagraphs(htmlToParagraphs(html), title);
    if (!title || paragraphs.length === 0) return;
    const body = paragraphs.join('\n\n');
    articles.push({
      title,
      body,
      outlet: siteOutlet ?? detectOutlet(`${title}\n${body}`),
      publishedAt: toCalendarDate(rawItemDate(item), item.published ?? item.updated),
      url: readItemLink(item, feedUrl),
      source: `${source}#${i + 1}`,
      format: 'feed',
    });
  });
  if (articles.length === 0) {
    // The parser is lenient, so an empty result is where broken XML shows; say which it is.
    const reason = isWellFormedXml(safeXml) ? 'feed has no items with a title and text' : 'malformed feed XML';
    throw new ArticleReadError(source, reason);
  }
  return articles;
}
