import { parsePublicationDate } from '@/lib/ingest/dates';
import { isBoilerplateLine, isCaptionLine } from './boilerplate';
import { normaliseForCompare } from './text-lines';

export type CleanedParagraphs = { paragraphs: string[]; dates: string[]; furniture: string[] };

/**
 * Drops from paragraphs of HTML or feed content what is not the report: boilerplate, captions, the title
 * printed again, and date-only lines (returned in `dates`, since a page may print its date only there).
 */
export function cleanParagraphs(paragraphs: string[], title: string | null): CleanedParagraphs {
  const titleKey = title ? normaliseForCompare(title) : null;
  const out: CleanedParagraphs = { paragraphs: [], dates: [], furniture: [] };
  for (const p of paragraphs) {
    const date = parsePublicationDate(p);
    if (date) out.dates.push(date);
    else if (isBoilerplateLine(p) || isCaptionLine(p)) out.furniture.push(p);
    else if (normaliseForCompare(p) !== titleKey) out.paragraphs.push(p);
  }
  return out;
}
