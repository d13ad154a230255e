import { describe, expect, it } from 'vitest';
import { findLabelledPublication, parsePublicationDate, readDateline } from '@/lib/ingest/dates';

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
