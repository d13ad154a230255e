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

  it('is the month of the nearest date told before it, when that is not the latest', () => {
    const out = extractAll(
      [
        'Patrol boats stopped three fishing boats off Sinpo in mid-August after their crews sold squid to Chinese traders at sea, a source said.',
        'Eleven crew members were taken to the security department in Sinpo for questioning.',
        'In late September, a court in Hamhung sentenced a smuggler to five years in prison.',
        'On October 2, police in Hyesan detained two men who had sold copper to Chinese buyers.',
      ],
      '2022-10-05',
    );
    expect(out.find((i) => i.type === 'arrest' && i.placeName === 'Sinpo')).toMatchObject({ date: '2022-08', datePrecision: 'month' });
    expect(out.find((i) => i.type === 'trial')?.date).toBe('2022-09');
    expect(out.find((i) => i.type === 'arrest' && i.placeName === 'Hyesan')?.date).toBe('2022-10-02');
  });

  it('is not the month of a flashback told before it', () => {
    const out = extractAll(
      [
        'Two men were publicly executed in Chongjin late last month for selling methamphetamine, a source said.',
        'The pair had been arrested in March after a buyer informed on them.',
        'A third man was sentenced to 15 years in a labour camp at the same trial.',
      ],
      '2015-06-09',
    );
    expect(out.find((i) => i.type === 'trial')).toMatchObject({ date: '2015-05', datePrecision: 'month' });
  });

  it('leaves a session to the latest month of the article, not the story told just before it', () => {
    const out = extractAll(
      [
        'Police in Hamhung detained dozens of methamphetamine users on October 25, a source said.',
        'Lectures on the dangers of the drug are being held at workplaces across the city.',
        'On November 3, a court in Hamhung sentenced two dealers to ten years in prison.',
      ],
      '2017-11-09',
    );
    expect(out.find((i) => i.type === 'indoctrination')).toMatchObject({ date: '2017-11', datePrecision: 'month' });
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
