import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('returns told as people sent or handed over', () => {
  it.each([
    'Chinese authorities sent about 80 North Koreans back to their homeland last week, activist groups said on Friday.',
    'About 50 people were taken from a detention facility in Liaoning province and handed over in Dandong on April 19.',
    'Another 30 held in Jilin province were sent across the bridge at Tumen a day later.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('repatriation');
  });

  it('does not read goods handed over as people returned', () => {
    expect(typesIn('The smuggled phones were handed over to the police in Hyesan.')).not.toContain('repatriation');
  });
});

describe('a return that ends at a crossing', () => {
  const repatriations = (paragraphs: string[]) => extractAll(paragraphs, '2017-05-20').filter((i) => i.type === 'repatriation');

  it('is one repatriation, placed at the crossing rather than the town abroad where it began', () => {
    const found = repatriations([
      'Chinese police detained a family of five at a guesthouse in Shenyang on April 29 and handed them over to North Korean authorities early this month.',
      'The family was held at a detention center in Shenyang for about a week and then driven to Dandong, where they were sent across the bridge to Sinuiju.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].placeName).toMatch(/Bridge/);
  });

  it('keeps returns at two crossings apart', () => {
    const found = repatriations([
      'About 50 people were handed over at the Dandong bridge on May 2, while another 30 were sent across the bridge at Tumen a day later.',
    ]);
    expect(found.length).toBe(2);
  });
});
