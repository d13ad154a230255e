import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/ingest/dates';

type Case = [sentence: string, publishedAt: string | null, date: string | null, precision: string];

/** One expression per sentence: the first date found must be `date` with `precision`. */
const SINGLE: Case[] = [
  // Weekdays: the latest such day on or before publication; "last"/"this past" one strictly before it.
  ['a source said last Thursday that', '2024-03-05', '2024-02-29', 'day'],
  ['a source told us on Tuesday that', '2024-05-09', '2024-05-07', 'day'],
  ['a source told us on Tuesday that', '2024-05-07', '2024-05-07', 'day'],
  ['a soldier crossed the line early Thursday', '2020-08-06', '2020-08-06', 'day'],
  ['the sentence was read out last Thursday', '2020-08-06', '2020-07-30', 'day'],
  ['the brokers were held this past Monday', '2023-01-16', '2023-01-09', 'day'],
  ['police sealed the market Monday night', '2023-01-17', '2023-01-16', 'day'],
  ['the raid happened on Saturday', '2024-05-12', '2024-05-11', 'day'],
  ['the raid happened last Sunday', '2024-05-12', '2024-05-05', 'day'],
  ['agents came back Friday night', '2023-12-31', '2023-12-29', 'day'],
  // Decades back: the year, ten at a time.
  ['a woman who fled a decade ago runs a shop', '2012-10-05', '2002', 'year'],
  ['he left two decades ago', '2012-10-05', '1992', 'year'],
  // A year after a comma with no space, as one newspaper prints it; a count after one is no year.
  ['dated Jul 22,2019 in the paper', null, '2019-07-22', 'day'],
  ['on May 4,1000 people were sent to the fields', '2024-06-20', '2024-05-04', 'day'],
  // Parts of a month.
  ['arrested in mid-February after a party', '2024-03-05', '2024-02', 'month'],
  ['the order came in early-March', '2024-03-20', '2024-03', 'month'],
  ['caught in late December near the river', '2024-01-10', '2023-12', 'month'],
  ['tried at the end of October', '2023-11-02', '2023-10', 'month'],
  ['detained in mid-February 2021', '2024-03-05', '2021-02', 'month'],
  ['it began in early July', null, null, 'unknown'],
  ['the order came in March last year', '2024-05-09', '2023-03', 'month'],
  ['in the middle of January this year', '2024-05-09', '2024-01', 'month'],
  // Day numbers alone.
  ['a lecture was held on the 25th criticizing', '2024-05-27', '2024-05-25', 'day'],
  ['a lecture was held on the 25th', '2024-05-10', '2024-04-25', 'day'],
  ['he vanished on the 31st', '2024-05-10', '2024-03-31', 'day'],
  ['the trial opened on the 5th', '2024-05-05', '2024-05-05', 'day'],
  ['the 3rd of last month', '2024-03-05', '2024-02-03', 'day'],
  ['by the 12th of this month', '2024-03-20', '2024-03-12', 'day'],
  // Month names with no year: the latest such month that has begun by publication.
  ['a family fled in June', '2024-05-27', '2023-06', 'month'],
  ['a family fled in June', '2024-08-01', '2024-06', 'month'],
  ['the campaign started in December', '2025-01-03', '2024-12', 'month'],
  ['the campaign started in December', '2024-12-20', '2024-12', 'month'],
  ['Last April, a woman was caught', '2024-05-27', '2024-04', 'month'],
  ['Last April, a woman was caught', '2024-04-20', '2023-04', 'month'],
  ['since September, patrols have doubled', '2024-02-01', '2023-09', 'month'],
  // Relative periods.
  ['the law was passed last year', '2024-03-05', '2023', 'year'],
  ['arrests rose late last year', '2024-03-05', '2023', 'year'],
  ['the group was caught earlier this month', '2024-03-05', '2024-03', 'month'],
  ['a crackdown this month', '2022-01-14', '2022-01', 'month'],
  ['a crackdown last month', '2024-01-10', '2023-12', 'month'],
  ['rules tightened early this year', '2024-06-01', '2024', 'year'],
  ['the trial was held last week', '2024-03-07', '2024-02-26', 'week'],
  ['the trial was held last week', '2024-03-10', '2024-02-26', 'week'],
  ['inspections began this week', '2024-03-07', '2024-03-04', 'week'],
  ['he defected two years ago', '2024-05-09', '2022', 'year'],
  ['three months ago the order came', '2024-02-10', '2023-11', 'month'],
  ['she was released yesterday', '2024-03-01', '2024-02-29', 'day'],
  ['the day before yesterday agents arrived', '2024-03-01', '2024-02-28', 'day'],
  ['two men crossed the sea border overnight', '2024-10-08', '2024-10-08', 'day'],
  ['guards opened fire late last night', '2024-10-08', '2024-10-07', 'day'],
  // Written dates.
  ['a trial was held on Nov. 10 in Chongjin', '2022-01-15', '2021-11-10', 'day'],
  ['a trial was held on Nov. 10 in Chongjin', '2022-12-01', '2022-11-10', 'day'],
  ['a trial was held on Nov. 10 in Chongjin', null, null, 'unknown'],
  ['on March 5, 2024 the court ruled', null, '2024-03-05', 'day'],
  ['on 5 March 2024 the court ruled', '2025-01-01', '2024-03-05', 'day'],
  ['on the 9th of May, 2023 the court ruled', null, '2023-05-09', 'day'],
  ['records dated 2023-11-02 show', null, '2023-11-02', 'day'],
  ['the summit in September 2023 changed things', '2024-05-09', '2023-09', 'month'],
  ['the law took effect in 2020', '2024-05-09', '2020', 'year'],
  ['amended in 2015, the code', null, '2015', 'year'],
  // Without a publication date, relative expressions are reported but never given a year.
  ['a source said last Thursday that', null, null, 'unknown'],
  ['a lecture was held on the 25th', null, null, 'unknown'],
  ['the law was passed last year', null, null, 'unknown'],
  ['he defected two years ago', null, null, 'unknown'],
];

describe('findDates: single expressions', () => {
  it.each(SINGLE)('%s (published %s) → %s %s', (sentence, pub, date, precision) => {
    const found = findDates(sentence, pub);
    expect(found.length).toBe(1);
    expect(found[0]).toMatchObject({ date, precision });
    expect(sentence.slice(found[0].index, found[0].index + found[0].text.length)).toBe(found[0].text);
  });
});

const NOT_DATES = [
  'decisions of the 9th plenary session of the 8th Central Committee',
  'under Article 90 of the criminal code',
  'lectures held every year since the Arduous March in the 1990s',
  'the message arrived at 10:57 and again at 01:00PM',
  'a woman in her 20s was caught',
  'they were sentenced to 11 years in prison',
  'five years of reform through labour',
  'officials may be punished if the march goes badly',
  'recently, agents searched several homes',
  'the families meet on Tuesdays',
  'more than 2,000 people watched',
];

describe('findDates: things that are not dates', () => {
  it.each(NOT_DATES)('%s', (sentence) => {
    expect(findDates(sentence, '2024-05-27')).toEqual([]);
  });
});

describe('findDates: several expressions', () => {
  it('returns them in order with their text and position', () => {
    const s = 'A source said last Thursday that the man was arrested in mid-February and tried on the 25th.';
    const found = findDates(s, '2024-03-05');
    expect(found.map((d) => [d.text, d.date, d.precision])).toEqual([
      ['last Thursday', '2024-02-29', 'day'],
      ['mid-February', '2024-02', 'month'],
      ['on the 25th', '2024-02-25', 'day'],
    ]);
    expect(found[0].index).toBe(s.indexOf('last Thursday'));
  });

  it('reads a weekday before a full date as one date', () => {
    const found = findDates('posted Wednesday, February 19, 2025 at noon', null);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2025-02-19', precision: 'day' });
  });

  it('keeps written years and drops invented ones when the publication date is unknown', () => {
    const found = findDates('in June, then in September 2023, and finally in 2020', null);
    expect(found.map((d) => d.date)).toEqual([null, '2023-09', '2020']);
  });
});
