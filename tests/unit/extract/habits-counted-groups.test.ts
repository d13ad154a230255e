import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesOf = (paragraphs: string[], publishedAt = '2024-06-20') => extractAll(paragraphs, publishedAt).map((i) => i.type);

describe('habits and earlier drives are no events', () => {
  it.each([
    'North Korea usually tightens border controls in winter, when the rivers freeze.',
    'Authorities routinely arrest brokers in the border towns.',
    'Previous campaigns have led to waves of arrests, but the trade recovers within months.',
    'Trading companies in Pyongyang compete for export licenses, and their rivalries often play out as political campaigns against corruption.',
  ])('%s', (sentence) => {
    expect(typesOf([`${sentence}`])).toEqual([]);
  });

  it('still reads what the police did this month', () => {
    expect(typesOf(['Police in Hyesan arrested two brokers earlier this month, a source said.'])).toEqual(['arrest']);
  });
});

describe('what people only expect', () => {
  it('is no term: "expect them to be sent to a camp"', () => {
    expect(findTriggers('People in the city expect them to be sent to a political prison camp.')).toEqual([]);
  });
});

describe('a counted group described by a relative clause', () => {
  it('is a report, not talk of a kind of people', () => {
    const out = typesOf(['Five North Koreans who met secretly to read the Bible in Pyongsong were arrested last month by state security officers.'], '2014-07-22');
    expect(out).toEqual(['arrest']);
  });

  it('still reads "North Koreans who cross the border" as a kind of people', () => {
    expect(typesOf(['North Koreans who cross the border are sent to labor camps.'])).toEqual([]);
  });
});

describe('a similar case recalled from years back', () => {
  it('is background even when the sentence gives it no date', () => {
    const out = extractAll(
      [
        'Five people were arrested in Pyongsong last month for reading the Bible.',
        'A similar case was reported in Sinuiju two years ago, when several people caught with religious materials disappeared.',
      ],
      '2014-07-22',
    );
    expect(out.map((i) => `${i.type}@${i.placeName}`)).toEqual(['arrest@Pyongsong']);
  });
});

describe('a similar sweep recalled from last year', () => {
  it('is background: its arrests are not the story\'s', () => {
    const out = extractAll(
      [
        'State security agents in Hyesan detained a woman who was caught calling her daughter in Seoul.',
        'The woman was taken from her home by agents of the city bureau on Oct. 3, a resident said.',
        'A similar sweep in Pochon County last year ended with several arrests, and locals fear the same pattern is repeating.',
      ],
      '2019-10-14',
    );
    expect(out.map((i) => `${i.type}@${i.placeName}@${i.date}`)).toEqual(['arrest@Hyesan@2019-10-03']);
  });

  it('still reads another crackdown launched as news', () => {
    const out = extractAll(['Authorities in Hyesan launched another crackdown on mobile phones in May.'], '2019-10-14');
    expect(out.map((i) => i.type)).toEqual(['crackdown']);
  });
});
