import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { extractAll } from './helpers';

const typesOf = (paragraphs: string[], publishedAt = '2024-06-20') => extractAll(paragraphs, publishedAt).map((i) => i.type);

describe('past cases told as background', () => {
  it.each([
    'Russian authorities have in past cases detained escaped North Korean laborers at the request of the consulate.',
    'Executions for drug offenses have previously been reported in Hamhung and Chongjin.',
  ])('%s', (sentence) => {
    expect(typesOf([sentence])).toEqual([]);
  });
});

describe('households named by a kind', () => {
  it('reads the order to list households, not an escape, in "every household with a member who defected"', () => {
    const out = typesOf(['Police in Ryanggang Province have ordered unit heads to compile lists of every household with a member who is missing or believed to have defected.']);
    expect(out).not.toContain('defection');
  });

  it('reads a census "of households whose relatives have disappeared" as no punishment', () => {
    const out = typesOf(['Authorities in Musan County are carrying out a census of households that have family members in China or whose relatives have disappeared.']);
    expect(out).not.toContain('family_punishment');
  });

  it('still reads households called to sessions as a session', () => {
    const out = typesOf(['Households that have declared a missing relative are being called to evening study sessions at the local party office in Hyesan.']);
    expect(out).toContain('indoctrination');
  });
});

describe('a condition told with "once"', () => {
  it('is no return', () => {
    expect(findTriggers('Once they are handed to North Korea, we can do nothing for them.')).toEqual([]);
  });
});

describe('relatives after a preposition', () => {
  it('are not the subject of the verb', () => {
    expect(findTriggers('The soldier who had accepted 3,000 yuan from the family to look the other way was arrested by the military security command.').map((t) => t.type)).toEqual(['arrest']);
  });

  it('still reads the family as the subject', () => {
    expect(findTriggers('His family was sent to a farm in the mountains.').map((t) => t.type)).toEqual(['family_punishment']);
  });
});

describe('a city naming an event held there', () => {
  it.each([
    ['Chinese police stepped up searches ahead of the Shanghai Expo.', 'cn-shanghai'],
    ['Police launched a hunt for North Koreans ahead of the Beijing Olympic Games.', 'cn-beijing'],
  ])('%s', (sentence, id) => {
    expect(findRoledMentions(sentence).find((m) => m.place.id === id)?.role).toBe('scope');
  });
});
