import { findLabelledPublication, namesWeekday, parsePublicationDate, readDateline, readDatelineInCopyrightYear, readDatelineInItsWeek } from '@/lib/ingest/dates';
import type { ParsedArticle } from '@/lib/ingest/types';
import { ArticleReadError } from './article-read-error';
import { isBoilerplateLine, isCaptionLine, isHeaderJunk, isMostlyNonLatin } from './boilerplate';
import { choosePublicationDate, type DateLine } from './choose-publication-date';
import { detectOutlet } from './outlets';
import { countWords, looksLikeEnglish, looksLikeProse, normaliseForCompare, splitLogicalLines } from './text-lines';

// "Updated" is left out on purpose: a revision date is a weaker sign than a publication line.
const LABELLED_DATE = /^(?:published|posted|date|by\s)/i;
/** Page furniture after which nothing belongs to the article (lists of other stories, comments). */
const ENDS_ARTICLE = /^(?:most popular|most read|related|recommended|latest|more from|leave a (?:comment|reply))\b/i;
const MAX_TITLE_CHARS = 250;

/**
 * An outlet's motto above the title ("NK Times reports only facts …"): a full sentence that opens on the outlet's
 * name; or its masthead, the name alone ("Unification Media Group"). A lead may name the outlet as its source
 * ("… residents told RFA's Korean Service.") and a wire's lead names its agency after a dateline ("SEOUL, May 18
 * (Yonhap) -- Two families crossed …"): both are the story, never a motto.
 */
function isTagline(line: string): boolean {
  if (countWords(line) <= 4) return detectOutlet(line) !== null;
  const opening = line.split(/\s+/).slice(0, 4).join(' ');
  return /[.!]$/.test(line) && detectOutlet(opening) !== null && readDateline(line) === null;
}

/** A paragraph of the report, not a headline printed again: prose that ends a sentence. */
function isParagraph(line: string): boolean {
  return looksLikeProse(line) && /[.!?"”’)]$/.test(line);
}

/** How much of a report some lines carry: the words of their paragraphs. */
function reportWords(lines: string[]): number {
  return lines.filter(isParagraph).reduce((n, line) => n + countWords(line), 0);
}

function findTitleIndex(lines: string[], dates: DateLine[], furniture: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const date = parsePublicationDate(line);
    if (date) dates.push({ date, where: 'header', labelled: LABELLED_DATE.test(line), weekday: namesWeekday(line) });
    else if (isBoilerplateLine(line) || isCaptionLine(line) || isTagline(line)) furniture.push(line);
    else if (!isHeaderJunk(line) && countWords(line) >= 2) return i;
  }
  return -1;
}

/** Headlines are short; a first line of this many words that ends a sentence is the report's lead. */
const MIN_LEAD_WORDS = 15;

/**
 * A long first line, or one that reads as a paragraph (a headline too short to tell from page furniture, "Hyesan
 * Arrests", was passed over), is a lead paragraph with no headline above it: it stands in for the title (its first
 * sentence when it is too long for one), and the paragraph stays in the body.
 */
function titleFrom(line: string): { title: string; keepInBody: boolean } {
  // Ending on a full stop, not a quotation mark: headlines may close on a quote (… told to "report every sound").
  const lead = isParagraph(line) && /[.!?]$/.test(line) && countWords(line) >= MIN_LEAD_WORDS;
  if (line.length <= MAX_TITLE_CHARS) return { title: line, keepInBody: lead };
  const sentence = /^.{20,200}?[.!?](?=\s)/.exec(line)?.[0] ?? `${line.slice(0, 200).replace(/\s+\S*$/, '')}…`;
  return { title: sentence, keepInBody: true };
}

/** Parses a plain-text article (title line, body, a date line in one of several places or none). */
export function readPlainText(text: string, source: string): ParsedArticle {
  const lines = splitLogicalLines(text);
  const dates: DateLine[] = [];
  const furniture: string[] = [];
  const t = findTitleIndex(lines, dates, furniture);
  if (t < 0) throw new ArticleReadError(source, 'no recognisable title (no line of words found)');
  const { title, keepInBody } = titleFrom(lines[t]);
  const titleKey = normaliseForCompare(lines[t]);

  const body: string[] = keepInBody ? [lines[t]] : [];
  // Lines after a date line that follows some prose: the page around the article (a footer date), unless they
  // hold more of the report than what came before it (a credit line, then the date, then the story).
  let held: string[] | null = null;
  let afterTitle = 0;
  let ended = false;
  for (const line of lines.slice(t + 1)) {
    if (normaliseForCompare(line) === titleKey) continue;
    const dateLine = parsePublicationDate(line);
    // "Reported by Kim (ASIAPRESS). Published on 2024/10/22.": a credit line that states the date.
    const stated = dateLine ? null : findLabelledPublication(line);
    const date = dateLine ?? stated;
    if (date) {
      dates.push({ date, where: afterTitle++, labelled: !!stated || LABELLED_DATE.test(line) });
      if (held === null && body.some(isParagraph)) held = [];
    } else if (ended || (line.length < 40 && ENDS_ARTICLE.test(line))) {
      ended = true;
      furniture.push(line);
    } else if (isBoilerplateLine(line)) {
      furniture.push(line);
    } else if (isCaptionLine(line)) {
      furniture.push(line);
      // A caption often follows the image's alt text, which repeats its start ("Onsong County …").
      const target = held ?? body;
      const previous = target.at(-1);
      if (previous && previous.length < 150 && line.startsWith(previous.replace(/[.\s]+$/, ''))) target.pop();
    } else {
      (held ?? body).push(line);
      afterTitle++;
    }
  }
  if (held) {
    if (reportWords(held) > reportWords(body)) body.push(...held);
    else furniture.push(...held);
  }
  while (body.length && isMostlyNonLatin(body[body.length - 1])) furniture.push(body.pop() as string);

  if (!body.some(looksLikeProse)) throw new ArticleReadError(source, 'no recognisable article body');
  const bodyText = body.join('\n\n');
  if (!looksLikeEnglish(bodyText)) throw new ArticleReadError(source, 'the text does not read as English prose');
  return {
    title,
    body: bodyText,
    outlet: detectOutlet(`${title}\n${bodyText}`, furniture.join('\n')),
    // A wire story may print its date only in its dateline ("WASHINGTON, Sept. 14, 2015 — ...").
    // …or its day in the dateline and its year only in the copyright line ("SEOUL, May 30 (Yonhap)" … "(c) Yonhap 2013").
    // …or only its day, with a weekday and the years the story names to tell which year ("SEOUL, Oct. 24 (Yonhap)").
    publishedAt:
      choosePublicationDate(dates) ??
      readDateline(body[0])?.date ??
      readDatelineInCopyrightYear(body[0], furniture) ??
      readDatelineInItsWeek(body[0], `${title}\n${bodyText}`, new Date().getUTCFullYear()),
    url: null,
    source,
    format: 'text',
  };
}
