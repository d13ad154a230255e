import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/ingest/dates';

const read = (text: string, publishedAt = '2019-04-11') => findDates(text, publishedAt).map((d) => [d.date, d.precision]);

describe('a stretch of a month or season', () => {
  it('reads "through much of March" and "during most of April" as that month', () => {
    expect(read('a sweep carried out through much of March')).toEqual([['2019-03', 'month']]);
    expect(read('checks went on during most of April', '2019-06-02')).toEqual([['2019-04', 'month']]);
  });

  it('reads "much of the spring" as that season’s year', () => {
    expect(read('officials spent much of the spring raiding repair shops', '2023-06-09')).toEqual([['2023', 'year']]);
  });
});

describe('a period used as a possessive', () => {
  it('is no date: "this year’s harvest" names a thing, while "this year" alone dates', () => {
    expect(read('for hiding part of this year’s harvest', '2016-12-19')).toEqual([]);
    expect(read("last year's floods destroyed the fields", '2016-12-19')).toEqual([]);
    expect(read('the harvest failed this year', '2016-12-19')).toEqual([['2016', 'year']]);
  });
});
