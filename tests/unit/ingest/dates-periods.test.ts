import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/ingest/dates';

const first = (s: string, pub: string | null) => findDates(s, pub)[0] ?? null;

describe('weekends, numbered weeks and "the month"', () => {
  it.each([
    // 2025-11-10 is a Monday: the weekend before is the 8th and 9th.
    ['police came over the weekend', '2025-11-10', '2025-11-08', 'week'],
    ['they searched homes this past weekend', '2025-11-10', '2025-11-08', 'week'],
    ['it happened last weekend', '2025-11-12', '2025-11-08', 'week'],
    // Published on a Saturday: the weekend meant is the one before.
    ['over the weekend', '2025-11-15', '2025-11-08', 'week'],
    ['detained in the first week of October', '2025-10-30', '2025-10-01', 'week'],
    ['detained in the first week of October', '2025-09-10', '2024-10-01', 'week'],
    ['in the second week of December', '2025-12-18', '2025-12-08', 'week'],
    ['in the last week of February', '2024-03-10', '2024-02-23', 'week'],
    ['in the third week of last month', '2025-03-02', '2025-02-15', 'week'],
    ['a team arrived at the start of the month', '2025-09-25', '2025-09', 'month'],
    ['the order came at the end of the month', '2025-09-25', '2025-09', 'month'],
    ['early in the month', '2025-09-25', '2025-09', 'month'],
    ['late last month', '2025-10-06', '2025-09', 'month'],
    ['early this month', '2025-10-06', '2025-10', 'month'],
    ['late in September', '2025-10-21', '2025-09', 'month'],
    // "over the past month": the month around the middle of the span before publication.
    ['fences went up over the past month', '2020-12-03', '2020-11', 'month'],
    ['fences went up over the past month', '2020-12-28', '2020-12', 'month'],
    ['searched in the past week', '2025-11-12', '2025-11-08', 'week'],
  ])('%s (published %s)', (sentence, pub, date, precision) => {
    expect(first(sentence, pub)).toMatchObject({ date, precision });
  });

  it('names the expression but gives no date without a publication date', () => {
    expect(first('over the weekend', null)).toMatchObject({ date: null, precision: 'unknown' });
    expect(first('the first week of May 2023', null)).toMatchObject({ date: '2023-05-01', precision: 'week' });
  });
});

describe('fixed-date days', () => {
  it.each([
    ["caught on New Year's Day", '2026-01-12', '2026-01-01', 'day'],
    ["caught on New Year's Day", '2025-12-30', '2025-01-01', 'day'],
    ['a rally on the Day of the Sun', '2025-05-02', '2025-04-15', 'day'],
    ['arrested before Christmas', '2026-01-10', '2025-12', 'month'],
  ])('%s (published %s)', (sentence, pub, date, precision) => {
    expect(findDates(sentence, pub)[0]).toMatchObject({ date, precision });
  });
});

describe('two steps back', () => {
  it('reads "the week before last" and "the month before last"', () => {
    // 2026-02-18 is a Wednesday; its week starts on the 16th, the week before last on the 2nd.
    expect(findDates('caught the week before last', '2026-02-18')[0]).toMatchObject({ date: '2026-02-02', precision: 'week' });
    expect(findDates('tried the month before last', '2026-02-18')[0]).toMatchObject({ date: '2025-12', precision: 'month' });
  });
});

describe('days of a month', () => {
  it('reads "the last days of August" as August and "since the start of the month" as this month', () => {
    expect(findDates('arrested in the last days of August', '2025-09-08')[0]).toMatchObject({ date: '2025-08', precision: 'month' });
    expect(findDates('going door to door since the start of the month', '2026-04-21')[0]).toMatchObject({ date: '2026-04', precision: 'month' });
  });
});

describe('a season with no year printed', () => {
  it.each([
    ['officers searched plots this autumn', '2012-10-19', '2012'],
    ['a propaganda drive this spring', '2025-06-02', '2025'],
    // "last spring" while it is spring is the spring before; in November it is this year's.
    ['the crossing last spring', '2024-04-20', '2023'],
    ['the crossing last spring', '2024-11-20', '2024'],
    // A season not yet begun at publication is last year's.
    ['in the summer', '2024-03-01', '2023'],
  ])('%s (published %s) → %s', (text, pub, year) => {
    expect(first(text, pub)).toMatchObject({ date: year, precision: 'year' });
  });

  it.each([
    ['a trial held at the plant in late autumn', '2024-11-28', '2024-11'],
    ['caught in early spring', '2013-05-02', '2013-03'],
    ['detained in mid-summer', '2020-09-10', '2020-07'],
    ['early this spring', '2025-06-02', '2025-03'],
    // A part of the season not yet reached at publication is last year's.
    ['in late autumn', '2024-10-15', '2023-11'],
  ])('reads a part of a season, %s (published %s), as its month %s', (text, pub, month) => {
    expect(first(text, pub)).toMatchObject({ date: month, precision: 'month' });
  });

  it('gives winter, which spans two years, no year, and leaves a printed year to the other patterns', () => {
    expect(first('they fled last winter', '2024-07-19')?.date ?? null).toBeNull();
    expect(first('in the autumn of 2019', '2024-07-19')).toMatchObject({ date: '2019' });
    expect(first('this autumn', null)?.date ?? null).toBeNull();
  });
});
