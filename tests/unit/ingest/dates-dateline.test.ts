import { describe, expect, it } from 'vitest';
import { findLabelledPublication, parsePublicationDate, readDateline, readDatelineInItsWeek } from '@/lib/ingest/dates';

describe('readDateline', () => {
  it('reads a wire dateline with its year as the filing day and says where the story starts', () => {
    const text = 'BEIJING, Oct. 3, 2019 — Chinese police detained four North Korean women near the border.';
    const d = readDateline(text);
    expect(d?.date).toBe('2019-10-03');
    expect(text.slice(d?.end ?? 0)).toMatch(/^Chinese police/);
  });

  it('knows a dateline without a year or with the agency in brackets, but gives it no date', () => {
    const text = 'SEOUL, March 9 (Yonhap) -- Two fishermen drifted south on Sunday.';
    const d = readDateline(text);
    expect(d?.date).toBeNull();
    expect(text.slice(d?.end ?? 0)).toMatch(/^Two fishermen/);
  });

  it('reads a dateline whose city was dropped, with its agency, as a dateline', () => {
    const text = 'Feb. 3 (UPI) -- North Korea has told farm workers to attend weekly sessions on the new law.';
    expect(text.slice(readDateline(text)?.end ?? 0)).toMatch(/^North Korea has told/);
    expect(readDateline('Feb. 3, 2021 (UPI) -- Farm workers were told to attend.')?.date).toBe('2021-02-03');
    // A sentence that opens on a date is no dateline without the agency.
    expect(readDateline('Feb. 3 -- a day of meetings.')).toBeNull();
  });

  it('reads the wire style with a single hyphen after the agency', () => {
    const text = 'DANDONG, China, May 6 (Reuters) - Chinese border police returned three women on Friday.';
    expect(text.slice(readDateline(text)?.end ?? 0)).toMatch(/^Chinese border police/);
    // A hyphen inside a word is no dash.
    expect(readDateline('SINUIJU, May 6 (well-known market) was closed.')).toBeNull();
  });

  it('reads a dateline with the agency and no date, and gives it no date', () => {
    const text = 'BEIJING (Reuters) - Chinese police detained nine North Koreans at a guesthouse in Kunming.';
    expect(text.slice(readDateline(text)?.end ?? 0)).toMatch(/^Chinese police/);
    expect(readDateline(text)?.date).toBeNull();
    const withCountry = 'VLADIVOSTOK, Russia (Reuters) - Two loggers fled a timber camp.';
    expect(withCountry.slice(readDateline(withCountry)?.end ?? 0)).toMatch(/^Two loggers/);
    // Words in brackets after a capitalised opening are no agency unless a dash follows.
    expect(readDateline('NORTH KOREA (DPRK) is a closed country.')).toBeNull();
  });

  it('is not fooled by a sentence that merely starts with a capitalised word and a dash', () => {
    expect(readDateline('Police, in a surprise move — arrested the vendor on May 2.')).toBeNull();
    expect(readDateline('The trader, May 2 — a day he remembers — lost everything.')).toBeNull();
  });
});

describe('publication dates printed inside other text', () => {
  it('finds "Published on …" in a credit line, and nothing in a line without the label', () => {
    expect(findLabelledPublication('Written by Park Min (Seoul desk). Published on 2023/02/17.')).toBe('2023-02-17');
    expect(findLabelledPublication('Posted: June 4, 2021')).toBe('2021-06-04');
    expect(findLabelledPublication('The decree was signed on June 4, 2021 by the premier.')).toBeNull();
  });

  it('reads a byline whose name and date a pipe separates, but not a headline with a pipe', () => {
    expect(parsePublicationDate('Choi Hana | 2019-07-02 08:15')).toBe('2019-07-02');
    expect(parsePublicationDate('NK Times | By Ri Jin-a | July 2, 2019')).toBe('2019-07-02');
    expect(parsePublicationDate('Market news | traders fined on July 2, 2019 in Hyesan')).toBeNull();
  });
});

describe('readDatelineInItsWeek: the year of a dateline that prints none', () => {
  const lead = (day: string, rest: string) => `SEOUL, ${day} (Yonhap) -- ${rest}`;

  it('takes the first year, from the latest one the story names, in which the day falls on the filing weekday', () => {
    const p = lead('Oct. 24', 'A man crossed the sea border in a wooden boat and was taken in, officials said Tuesday.');
    // Oct. 24 was a Tuesday in 2017 and 2023; a story naming 2019 was filed in 2023.
    expect(readDatelineInItsWeek(p, `${p}\nIt is the first such crossing since 2019.`, 2026)).toBe('2023-10-24');
    expect(readDatelineInItsWeek(p, `${p}\nIt is the first such crossing since 2015.`, 2026)).toBe('2017-10-24');
  });

  it('prefers the weekday the wire filed on to the weekday of the event', () => {
    const p = lead('Feb. 24', 'Two fishermen crossed the sea border on Monday and asked to stay, officials said Wednesday.');
    // Feb. 24 was a Monday in 2020 and a Wednesday in 2021.
    expect(readDatelineInItsWeek(p, `${p}\nThe last such case was in 2020.`, 2026)).toBe('2021-02-24');
  });

  it('gives no date without a named year, without a weekday, for history alone, or past the latest year', () => {
    const p = lead('Oct. 24', 'A man crossed the sea border, officials said Tuesday.');
    expect(readDatelineInItsWeek(p, p, 2026)).toBeNull();
    const noDay = lead('Oct. 24', 'A man crossed the sea border, officials said.');
    expect(readDatelineInItsWeek(noDay, `${noDay} The last was in 2019.`, 2026)).toBeNull();
    expect(readDatelineInItsWeek(p, `${p} The line dates from the 1953 armistice.`, 2026)).toBeNull();
    expect(readDatelineInItsWeek(p, `${p} The last was in 2019.`, 2022)).toBeNull();
    expect(readDatelineInItsWeek('A man crossed the sea border, officials said Tuesday.', 'in 2019', 2026)).toBeNull();
  });
});
