import { parsePublicationDate } from '@/lib/ingest/dates';
import { toCalendarDate } from './literal-date';
import { matchOutletName } from './outlets';

export type HtmlMetadata = {
  title: string | null;
  publishedAt: string | null;
  siteName: string | null;
  url: string | null;
};

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Any other meta tag that says it holds the publication date (`<meta name="published" content="January 9, 2026">`). */
function publishedMeta(doc: Document): string | null {
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '';
    if (/publish/i.test(key) && !/publisher/i.test(key)) return el.getAttribute('content')?.trim() || null;
  }
  return null;
}

/** Objects of the page's JSON-LD blocks, flattened through arrays and `@graph`. */
function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      visit((node as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  return out;
}

function firstString(objects: Record<string, unknown>[], key: string): string | null {
  for (const o of objects) if (typeof o[key] === 'string' && o[key]) return (o[key] as string).trim();
  return null;
}

/** "Arrests in Hyesan | Daily NK" → "Arrests in Hyesan": drop the site name that page titles append. */
function stripSiteSuffix(title: string, siteName: string | null, guess: boolean): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  const known = matchOutletName(last) !== null || (!!siteName && last.toLowerCase().includes(siteName.toLowerCase()));
  // Only a <title> is guessed at: a short last part there is nearly always the site's name.
  const isSite = known || (guess && !siteName && last.split(/\s+/).length <= 4);
  return isSite ? parts.slice(0, -1).join(' - ') : title;
}

/** A date printed in the page's furniture (`<span class="date">2024.03.05</span>`), which Readability drops. */
function findVisibleDate(doc: Document): string | null {
  for (const el of doc.querySelectorAll('time, [class*="date" i], [class*="time" i], [itemprop="datePublished" i]')) {
    const date = parsePublicationDate(el.textContent ?? '');
    if (date) return date;
  }
  return null;
}

/** Reads the page's own metadata; must run before Readability, which rewrites the document. */
export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const ld = readJsonLd(doc);
  const ownSiteName = metaContent(doc, 'og:site_name', 'application-name') ?? firstString(ld.map((o) => (o.publisher ?? {}) as Record<string, unknown>), 'name');
  const docTitle = doc.querySelector('title')?.textContent?.trim() || null;
  const titleParts = docTitle?.split(/\s+[|–—-]\s+/) ?? [];
  // With no site-name tag, "… | Korea Herald" in the <title> still names the outlet.
  const siteName = ownSiteName ?? (titleParts.length > 1 ? matchOutletName(titleParts[titleParts.length - 1]) : null);
  const ownTitle = metaContent(doc, 'og:title', 'twitter:title') ?? firstString(ld, 'headline');
  const title = ownTitle ? stripSiteSuffix(ownTitle, siteName, false) : docTitle ? stripSiteSuffix(docTitle, siteName, true) : null;
  const rawDate =
    metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date') ??
    firstString(ld, 'datePublished') ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    publishedMeta(doc);
  const publishedAt = toCalendarDate(rawDate) ?? findVisibleDate(doc);
  const url = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim() || metaContent(doc, 'og:url') || firstString(ld, 'url');
  return { title, publishedAt, siteName, url: url || null };
}
