import { describe, expect, it } from 'vitest';
import { extractCandidates } from '@/lib/ingest/extract/extract-incidents';
import { article, extractAll } from './helpers';

describe('the date an incident the text leaves undated is filed under', () => {
  it('is the month of the latest date the article gives any incident', () => {
    const out = extractAll(
      [
        'Police in Hyesan detained two smugglers on March 3, a source said.',
        'A court in Hyesan sentenced a broker to ten years in prison on May 14.',
        'In Musan, agents detained a woman who had phoned her daughter in Seoul.',
      ],
      '2024-06-20',
    );
    const musan = out.find((i) => i.type === 'arrest' && i.placeName === 'Musan County');
    expect(musan).toMatchObject({ date: '2024-05', datePrecision: 'month' });
    // The dates the text gives stay as they are.
    expect(out.find((i) => i.type === 'arrest' && i.placeName === 'Hyesan')?.date).toBe('2024-03-03');
  });

  it('is the month of publication when the article dates nothing', () => {
    const out = extractAll(['In Musan, agents detained a woman who had phoned her daughter in Seoul, a source said.'], '2024-06-20');
    expect(out.map((i) => [i.type, i.date, i.datePrecision])).toEqual([['arrest', '2024-06', 'month']]);
  });

  it('is none when the article has no date at all', () => {
    const out = extractAll(['In Musan, agents detained a woman who had phoned her daughter in Seoul, a source said.'], null);
    expect(out.map((i) => [i.type, i.date, i.datePrecision])).toEqual([['arrest', null, 'unknown']]);
  });

  it('is given after the confidence model has seen that the text gave no date', () => {
    const [candidate] = extractCandidates(article(['In Musan, agents detained a woman who had phoned her daughter in Seoul, a source said.'], '2024-06-20'));
    expect(candidate.incident.date).toBe('2024-06');
    expect(candidate.features['date:none']).toBe(1);
    expect(candidate.features['date:month']).toBeUndefined();
  });
});
