import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('custody at the end of a crossing to the South', () => {
  it.each([
    'Two North Korean men crossed the western sea border in a small wooden boat and were taken into custody off South Korea\'s Baengnyeong Island on Thursday night.',
    'In August, another North Korean soldier crossed the line in the central sector and was also taken into custody.',
    'The soldier crossed the border in the eastern sector early in March, according to South Korea\'s military, which said at the time that he had been taken into custody.',
  ])('is the escape\'s end, not an arrest: %s', (sentence) => {
    expect(typesIn(sentence)).not.toContain('arrest');
  });

  it('still reads people the state holds after someone else crossed', () => {
    expect(typesIn('A soldier crossed the MDL, and his parents were detained.')).toContain('family_punishment');
    expect(typesIn('A week after the soldier crossed the MDL, police arrested two of his friends.')).toContain('arrest');
  });
});
