import { describe, expect, it } from 'vitest';
import { linkedDate, linksBack } from '@/lib/ingest/extract/inherit-dates';
import { extract } from './helpers';

const datesOf = (out: ReturnType<typeof extract>, type: string) => out.filter((i) => i.type === type).map((i) => i.date);

describe('a sentence that says it follows an event told before', () => {
  it('recognises fronted "After the …," / "Following the …," / "At the same time," and "in the days after"', () => {
    expect(linksBack('After the sit-in, agents searched the dormitory.')).toBe(true);
    expect(linksBack('Following the incident, inspectors came from Pyongyang.')).toBe(true);
    expect(linksBack('At the same time, the remaining workers were gathered for a meeting.')).toBe(true);
    expect(linksBack('His partners were arrested in the days immediately after.')).toBe(true);
    expect(linksBack('After three weeks in hiding he was caught.')).toBe(false);
    expect(linksBack('Agents searched the dormitory.')).toBe(false);
  });

  it('recognises "within days," and "around the same time" told anywhere in the sentence', () => {
    expect(linksBack('Within days, agents searched the dormitory.')).toBe(true);
    expect(linksBack('Within a week the remaining workers were questioned.')).toBe(true);
    expect(linksBack('The driver was detained around the same time, the source said.')).toBe(true);
    expect(linksBack('The driver was detained within the city limits.')).toBe(false);
  });

  it('counts "within a day of the execution" from the execution, not from the last dated event', () => {
    const byType = new Map([['execution' as const, { date: '2024-03-20', precision: 'day' as const, mentioned: true }]]);
    const last = { date: '2024-01', precision: 'month' as const, mentioned: true };
    expect(linkedDate('His relatives were evicted within a day of the execution.', last, byType)?.date).toBe('2024-03');
  });

  it('lends the named earlier event’s month, only as an assumed date', () => {
    const byType = new Map([['execution' as const, { date: '2024-03-20', precision: 'day' as const, mentioned: true }]]);
    const last = { date: '2024-01', precision: 'month' as const, mentioned: true };
    expect(linkedDate('Following the execution, his family was expelled.', last, byType)).toEqual({ date: '2024-03', precision: 'month', mentioned: false });
  });

  it('takes the month of an earlier sentence when the event it follows is no incident itself', () => {
    const out = extract([
      'A fire destroyed dozens of stalls at the main market in Hyesan on May 12, a source said.',
      'The source said nobody knew how it had started.',
      'After the fire, security agents began searching the homes of traders in Hyesan for Chinese phones.',
    ]);
    expect(datesOf(out, 'crackdown')).toEqual(['2024-05']);
  });
});

describe('a search told in a story about one month', () => {
  it('takes that month when the text gives it no date of its own', () => {
    const out = extract([
      'Police in Musan arrested three brokers in early May for arranging calls to South Korea, a source said.',
      'The brokers had charged each family a fee for every call.',
      'Over several days agents went from house to house in the riverside villages of Musan, confiscating phones.',
    ]);
    expect(datesOf(out, 'arrest')).toEqual(['2024-05']);
    expect(datesOf(out, 'crackdown')).toEqual(['2024-05']);
  });
});
