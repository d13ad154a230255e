import { findDates } from './find-dates';
import { WEEKDAYS, parseIsoDate, weekdayOf } from './calendar';

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

const WEEKDAY = String.raw`(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;
// "officials said Thursday", "the JCS announced on Monday": the day the wire filed, which its dateline prints.
const FILED_ON = new RegExp(String.raw`\b(?:said|says|announced|reported|told reporters|confirmed|stated|added)\s+(?:on\s+)?${WEEKDAY}\b`, 'g');
const ANY_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY}\b`, 'g');
// The years a story names ("since 2019", "in 2017"); a wire is filed in or after the latest of them.
const NAMED_YEAR = /\b((?:19|20)\d{2})\b/g;
/** How far past the latest year it names a story is looked for: a date falls on each weekday within that span. */
const YEARS_AFTER_NAMED = 6;
/** A year named longer ago than this is history the story recalls ("the 1953 armistice"), not its own time. */
const HISTORY_YEARS = 25;

/**
 * The filing day of a dateline that prints no year ("SEOUL, Oct. 24 (Yonhap) --"), from the weekday the story gives
 * it and the years it names: the wire says on which weekday it was filed ("officials said Tuesday"; else the
 * weekdays it names at all), and a story is filed in or soon after the latest year it names. The first year from
 * that one on, up to `latestYear`, in which the dateline's day falls on such a weekday is taken. Null when the story
 * names no year or no weekday, or no year fits.
 */
export function readDatelineInItsWeek(paragraph: string, story: string, latestYear: number): string | null {
  const years = [...story.matchAll(NAMED_YEAR)].map((m) => Number(m[1])).filter((y) => y <= latestYear && y > latestYear - HISTORY_YEARS);
  if (!years.length || (!DATELINE.test(paragraph) && !CITYLESS_DATELINE.test(paragraph))) return null;
  const filed = [...story.matchAll(FILED_ON)].map((m) => m[1]);
  const weekdays = new Set((filed.length ? filed : [...story.matchAll(ANY_WEEKDAY)].map((m) => m[1])).map((w) => w.toLowerCase()));
  if (!weekdays.size) return null;
  const from = Math.max(...years);
  for (let y = from; y <= Math.min(latestYear, from + YEARS_AFTER_NAMED); y++) {
    const date = readDated(paragraph, `${y}-12-31`)?.date;
    const day = date?.startsWith(String(y)) ? parseIsoDate(date) : null;
    if (day && weekdays.has(WEEKDAYS[weekdayOf(day)])) return date!;
  }
  return null;
}
