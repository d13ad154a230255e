import { findDates } from './find-dates';

/**
 * A wire dateline opening a story: "SEOUL, Nov. 4 (Yonhap) --", "WASHINGTON, Sept. 14, 2015 —", "BEIJING, April 14
 * (Reuters) - ". The city is in capitals, a date follows, maybe the agency in brackets, then a dash. Wires also
 * file with no date at all ("BEIJING (Reuters) - "): the city, maybe its country, then the agency. The date is when
 * the story was filed, never the date of an event it tells.
 */
const DATELINE = /^[“"]?[A-Z][A-Z.'’ -]{1,30},\s+([^—–()]{3,60}?)\s*(?:\([^)]{2,30}\)\s*)?(?:--|—|–|-(?=\s))\s*/;
// "BEIJING (Reuters) - ", "VLADIVOSTOK, Russia (Reuters) - ": the city (and country) and the agency, no date.
const UNDATED_DATELINE = /^[“"]?[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s+\([A-Z][^)]{1,29}\)\s*(?:--|—|–|-(?=\s))\s*/;

export type Dateline = {
  /** Where the story itself begins. */
  end: number;
  /** The filing day when the dateline prints a full date with its year, else null. */
  date: string | null;
};

// "Feb. 3 (UPI) -- North Korea has ordered …": a dateline whose city was dropped keeps its date and its agency.
const CITYLESS_DATELINE = /^[“"]?((?:[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2}\.) \d{1,2}(?:,\s*\d{4})?)\s*\([A-Z][^)]{1,29}\)\s*(?:--|—|–|-(?=\s))\s*/;

function readDated(paragraph: string, reference: string | null = null): Dateline | null {
  const m = DATELINE.exec(paragraph) ?? CITYLESS_DATELINE.exec(paragraph);
  if (!m) return null;
  // The part before the dash may name a province too ("HYESAN, Ryanggang Province, March 3 —"); it must end on a date.
  const dates = findDates(m[1], reference);
  const last = dates.at(-1);
  if (!last || last.index + last.text.length < m[1].replace(/[\s,.]+$/, '').length) return null;
  const day = dates.find((d) => d.precision === 'day' && d.date);
  return { end: m[0].length, date: day?.date ?? null };
}

/** The dateline at the start of `paragraph`, or null when it has none. */
export function readDateline(paragraph: string): Dateline | null {
  const dated = readDated(paragraph);
  if (dated) return dated;
  const undated = UNDATED_DATELINE.exec(paragraph);
  return undated ? { end: undated[0].length, date: null } : null;
}

// "(c) Yonhap News Agency 2013", "Copyright © 2015 RFA.", "(c) 2016 Yonhap News Agency": a wire's copyright line.
const COPYRIGHT_YEAR = /^(?:\(c\)|©|copyright\b)[^\d]*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b/i;

/**
 * The filing day of a dateline that prints no year ("SEOUL, May 30 (Yonhap) --"), read in the year of the story's
 * copyright line: wires print the year there and nowhere else. Null when either is missing or they do not fit.
 */
export function readDatelineInCopyrightYear(paragraph: string, lines: readonly string[]): string | null {
  const years = new Set(lines.map((l) => COPYRIGHT_YEAR.exec(l.trim())?.[1]).filter((y): y is string => !!y));
  if (years.size !== 1) return null;
  const [year] = years;
  const date = readDated(paragraph, `${year}-12-31`)?.date ?? null;
  return date?.startsWith(year) ? date : null;
}
