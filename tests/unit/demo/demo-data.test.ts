import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidDay, toDateRange } from '@/lib/dates/calendar';
import { DATE_PRECISIONS, type DatePrecision } from '@/lib/taxonomy';

type DemoIncident = { date: string | null; datePrecision: DatePrecision; summary: string };
type DemoArticle = { key: string; publishedAt: string | null; incidents: DemoIncident[] };

const { articles } = JSON.parse(readFileSync('data/demo/incidents.json', 'utf8')) as { articles: DemoArticle[] };
const incidents = articles.flatMap((a) => a.incidents.map((i) => ({ ...i, article: a })));

/** The shape each precision allows: a year-only date is "2024", never "2024-01-01" posing as a day. */
const SHAPES: Record<DatePrecision, RegExp | null> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
  unknown: null,
};

describe('data/demo/incidents.json dates', () => {
  it.each(incidents.map((i) => [i.article.key, i.summary.slice(0, 40), i] as const))(
    '%s "%s…": the date matches its precision and a real calendar day',
    (_key, _summary, incident) => {
      expect(DATE_PRECISIONS).toContain(incident.datePrecision);
      const shape = SHAPES[incident.datePrecision];
      if (!shape) {
        expect(incident.date).toBeNull();
        return;
      }
      expect(incident.date).toMatch(shape);
      const [y, m, d] = incident.date!.split('-').map(Number);
      if (d !== undefined) expect(isValidDay(y, m, d)).toBe(true);
      expect(toDateRange(incident.date, incident.datePrecision)).not.toBeNull();
    },
  );

  it('no incident starts after the report that tells it was published', () => {
    const late = incidents.filter((i) => {
      const range = toDateRange(i.date, i.datePrecision);
      return range && i.article.publishedAt && range.dateStart > i.article.publishedAt;
    });
    expect(late.map((i) => `${i.article.key}: ${i.date}`)).toEqual([]);
  });

  it('every report with a publication date dates at least one of its incidents', () => {
    const undated = articles.filter((a) => a.publishedAt && a.incidents.every((i) => i.date === null));
    expect(undated.map((a) => a.key)).toEqual([]);
  });
});
