import * as chrono from 'chrono-node';
import type { DatePrecision } from '@/lib/taxonomy';
import { formatDay, formatMonth, parseIsoDate, type Ymd } from './calendar';
import { DATE_PATTERNS } from './date-patterns';
import { PERIOD_PATTERNS } from './period-patterns';

const PATTERNS = [...DATE_PATTERNS, ...PERIOD_PATTERNS];

export type ResolvedDate = { date: string | null; precision: DatePrecision; text: string; index: number };

type Candidate = ResolvedDate & { order: number };

function collectPatternMatches(sentence: string, pub: Ymd | null): Candidate[] {
  const found: Candidate[] = [];
  PATTERNS.forEach((pattern, order) => {
    for (const m of sentence.matchAll(pattern.re)) {
      const result = pattern.resolve(m as RegExpExecArray, pub, sentence);
      if (result) found.push({ ...result, text: m[0], index: m.index ?? 0, order });
    }
  });
  return found;
}

/**
 * chrono's strict parser catches written-out dates in layouts our patterns do not know. Only dates whose
 * year is printed are kept: its guesses for partial dates look forward in time, which news never does.
 */
function collectChronoMatches(sentence: string, pub: Ymd | null): Candidate[] {
  // Only dates with a printed year are kept, and a year is digits: skip chrono (slow) when there are none.
  if (!/\d{4}/.test(sentence)) return [];
  // Chrono's reference: noon UTC of the publication day, or of 2000-01-01 when there is none (or it is no date).
  const noon = Date.parse(`${pub ? formatDay(pub) : ''}T12:00:00Z`);
  const ref = new Date(Number.isNaN(noon) ? Date.parse('2000-01-01T12:00:00Z') : noon);
  return chrono.en.strict
    .parse(sentence, ref)
    .filter((r) => r.start.isCertain('year') && r.start.isCertain('month'))
    .map((r) => {
      const [y, m, d] = [r.start.get('year') ?? 0, r.start.get('month') ?? 0, r.start.get('day') ?? 0];
      const day = r.start.isCertain('day');
      return {
        date: day ? formatDay({ y, m, d }) : formatMonth(y, m),
        precision: day ? 'day' : 'month',
        text: r.text,
        index: r.index,
        order: PATTERNS.length,
      } satisfies Candidate;
    });
}

/** Longest match wins; on equal length, the pattern listed first. */
function pickNonOverlapping(candidates: Candidate[]): ResolvedDate[] {
  const sorted = [...candidates].sort((a, b) => b.text.length - a.text.length || a.order - b.order || a.index - b.index);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    const end = c.index + c.text.length;
    if (taken.every((t) => end <= t.index || c.index >= t.index + t.text.length)) taken.push(c);
  }
  return taken
    .sort((a, b) => a.index - b.index)
    .map(({ date, precision, text, index }) => ({ date, precision, text, index }));
}

/**
 * Every date expression in `sentence`, in order, resolved against the publication date (YYYY-MM-DD).
 * Without a publication date only expressions that print their year get a date; the rest come back with
 * `date: null`, so a caller knows a date was mentioned but never gets an invented year.
 */
export function findDates(sentence: string, publishedAt: string | null): ResolvedDate[] {
  const pub = parseIsoDate(publishedAt);
  const own = collectPatternMatches(sentence, pub);
  const overlapsOwn = (c: Candidate) => own.some((o) => c.index < o.index + o.text.length && o.index < c.index + c.text.length);
  return pickNonOverlapping([...own, ...collectChronoMatches(sentence, pub).filter((c) => !overlapsOwn(c))]);
}
