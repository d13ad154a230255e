import { describe, expect, it } from 'vitest';
import { chooseDate } from '@/lib/ingest/extract/choose-date';
import { extract, extractAll } from './helpers';

/** The date chooseDate gives the trigger that starts at `word` in `sentence`. */
function dateAt(sentence: string, word: string, publishedAt: string) {
  const start = sentence.indexOf(word);
  return chooseDate(sentence, start, [start], publishedAt, { end: start + word.length, ongoingAfter: false }).date;
}

describe('which clause a date belongs to', () => {
  it('reads a relative clause as closed once the main verb comes', () => {
    const closed = 'The pupil who brought the drive into school was sent to a court earlier this month and given five years in a camp.';
    expect(dateAt(closed, 'given five years', '2025-11-19')).toBe('2025-11');
    const open = 'A pupil who copied the films earlier this month has been given five years in a camp.';
    expect(dateAt(open, 'given five years', '2025-11-19')).toBeNull();
  });

  it('does not date an event by an occasion still to come', () => {
    const s = 'The execution was meant as a warning ahead of the Party Foundation Day anniversary in October, a source said.';
    expect(dateAt(s, 'execution', '2026-09-17')).toBeNull();
  });

  it('does not date an event by the yardstick of a "first … since"', () => {
    const s = 'It is the first known defection across the land border since last August, officials said.';
    expect(dateAt(s, 'defection', '2026-01-09')).toBeNull();
    expect(dateAt('He has been missing since March 20, a source said.', 'missing', '2026-04-02')).toBe('2026-03-20');
  });

  it('leaves a date past a "but" to the clause it stands in', () => {
    const s = 'No troop movements were seen after the defection, but soldiers have been laying mines there since 2024.';
    expect(dateAt(s, 'defection', '2026-01-09')).toBeNull();
    expect(dateAt('Police arrested the man in Hyesan in early May.', 'arrested', '2024-06-20')).toBe('2024-05');
  });
});

describe('a lead that says when', () => {
  it('dates the next sentence that points back to it and tells the event', () => {
    const out = extract([
      'A North Korean soldier walked across the heavily fortified border early Tuesday, the military said.',
      'The soldier crossed the military demarcation line at around 4 a.m. in Cheorwon and said he wished to defect.',
    ]);
    expect(out.filter((i) => i.type === 'defection').map((i) => i.date)).toEqual(['2024-06-18']);
  });

  it('lends nothing when the lead is about a report being published', () => {
    const out = extract([
      'The unification ministry released its yearly report on Tuesday, the military said.',
      'The soldier crossed the military demarcation line at around 4 a.m. in Cheorwon and said he wished to defect.',
    ]);
    // Not the day the report came out: the crossing has no date of its own and is filed under the report's month.
    expect(out.filter((i) => i.type === 'defection').map((i) => [i.date, i.datePrecision])).toEqual([['2024-06', 'month']]);
  });
});

describe('a relative clause closed by a verb of arrival', () => {
  it('gives the date after that verb to the event', () => {
    const out = extractAll(['A family of five who set out by boat from Hongwon arrived off Samcheok on Saturday and asked to be allowed to live in South Korea, officials said Monday.'], '2007-05-21');
    const crossing = out.find((i) => i.type === 'defection');
    expect(crossing?.date).toBe('2007-05-19');
  });
});

describe('two starts told for one measure', () => {
  it('takes the later, explicit start over the bound "has since" sets', () => {
    const out = extractAll(
      [
        'A couple from Kyongwon was caught at the river last month, and the county has since been gripped by meetings, house searches and arrests, a source said.',
        'Since the beginning of February, agents have been searching bags at the Kyongwon market for phones.',
      ],
      '2026-02-13',
    );
    const measure = out.filter((i) => i.type === 'crackdown');
    expect(measure).toHaveLength(1);
    expect(measure[0].date).toBe('2026-02');
  });
});
