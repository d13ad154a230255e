import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('a crossing named as the charge', () => {
  it('is what the court punished, not a new escape', () => {
    const types = typesIn('The city court sentenced her to four years at a reeducation camp for illegally crossing the border.');
    expect(types).toContain('trial');
    expect(types).not.toContain('defection');
  });

  it('keeps a crossing told after a sentence for something else', () => {
    expect(typesIn('He crossed the border after being sentenced for theft.')).toContain('defection');
  });
});

describe('measures on the workers left behind abroad', () => {
  it('take place where the flight did, not in the workers’ home town', () => {
    const found = extractAll(
      [
        'Two construction workers have gone missing from a building site in Vladivostok, a source said.',
        'Both men had been sent abroad by a Chongjin trading company, and their wives still live in Chongjin.',
        'After the disappearance, the remaining members of the crew were banned from leaving the site and their phones were collected.',
      ],
      '2019-09-20',
      'Chongjin workers vanish in Russia; Chongjin company under scrutiny',
    ).filter((i) => i.type === 'crackdown');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].placeName).toMatch(/Vladivostok/);
  });
});
