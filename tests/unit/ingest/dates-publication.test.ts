import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from '@/lib/ingest/dates';

describe('parsePublicationDate', () => {
  it.each([
    ['April 12, 2023 at 09:30AM', '2023-04-12'],
    ['11/03/2023 14:20', '2023-11-03'],
    ['27/05/2024', '2024-05-27'],
    ['Published: 2023-08-14', '2023-08-14'],
    ['Posted on 2023.08.14', '2023-08-14'],
    ['By Kang Eun-ha - 2022.12.01', '2022-12-01'],
    ['5 March 2024', '2024-03-05'],
    ['Monday, January 6, 2025', '2025-01-06'],
    ['Updated 2024-03-05 14:00 KST', '2024-03-05'],
    // A newspaper's layout with no space after the comma.
    ['Mar 09,2026', '2026-03-09'],
    ['Oct 02,2014', '2014-10-02'],
    // The Korean layout with a space after each dot.
    ['2022. 09. 05', '2022-09-05'],
    // The outlet and a section on either side of the date, by a pipe or a gap; a note in brackets.
    ['NK Times | 2022.11.24 | Human rights', '2022-11-24'],
    ['NK Times 2019.03.21 Society', '2019-03-21'],
    ['2022.12.06 ASIA PRESS (reporting partner in Chagang Province)', '2022-12-06'],
  ])('%s → %s', (line, expected) => {
    expect(parsePublicationDate(line)).toBe(expected);
  });

  it.each([
    'The man was arrested on March 5, 2024 in Hyesan after a long investigation.',
    'Kim Visits Hyesan on March 5, 2019',
    'The man (a trader) was arrested on 2024.03.05 in Hyesan',
    'March 2024',
    'last Thursday',
    'Chongjin court sends drug dealers to labour camp',
    '',
  ])('rejects %j', (line) => {
    expect(parsePublicationDate(line)).toBeNull();
  });
});

describe('a byline with a label before the name', () => {
  it('reads "Reporter: Name | date" as the publication line, but not a sentence that ends in a date', () => {
    expect(parsePublicationDate('Reporter: Ahn Chan-il | 2012-10-19')).toBe('2012-10-19');
    expect(parsePublicationDate('Correspondent: Kim Min-ji | May 3, 2019')).toBe('2019-05-03');
    expect(parsePublicationDate('Reporter: police detained three traders in the market | 2012-10-19')).toBeNull();
  });
});
