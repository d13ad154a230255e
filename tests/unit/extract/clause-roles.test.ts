import { describe, expect, it } from 'vitest';
import { isActiveSubject } from '@/lib/ingest/extract/clause-roles';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { tagSentence } from '@/lib/ingest/extract/pos-tags';
import { extract } from './helpers';

const subject = (sentence: string, word: string) => {
  const start = sentence.indexOf(word);
  return isActiveSubject(sentence, start, start + word.length);
};

describe('parts of speech', () => {
  it('tags each word with its span in the sentence', () => {
    const s = 'Guards in Musan  detained two traders.';
    const tokens = tagSentence(s);
    expect(tokens.map((t) => s.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
    expect(tokens.find((t) => t.text === 'detained')?.pos).toBe('VERB');
  });
});

describe('the subject of an active verb', () => {
  it.each([
    ['Pyongyang has quietly instructed its trading firms to cut staff.', 'Pyongyang'],
    ['Officials said that Moscow rarely grants asylum to such workers.', 'Moscow'],
    ['Sanctions bit hard, and Pyongyang reportedly scolded its envoys.', 'Pyongyang'],
    ['A soldier walked across the DMZ as Pyongyang fortifies the border.', 'Pyongyang'],
  ])('%s → %s acts', (sentence, word) => {
    expect(subject(sentence, word)).toBe(true);
  });

  it.each([
    ['A trader in Pyongyang was detained last week.', 'Pyongyang'],
    ['Pyongyang was hit by power cuts in January.', 'Pyongyang'],
    ['Pyongyang residents queued for rice.', 'Pyongyang'],
    ['Agents from Pyongyang arrived to inspect the market.', 'Pyongyang'],
    ['The square known as Pyongyang Plaza was closed.', 'Pyongyang'],
  ])('%s → %s does not act', (sentence, word) => {
    expect(subject(sentence, word)).toBe(false);
  });

  it('reads a capital acting as the state as the scope, with a verb no word list names', () => {
    const sentence = 'Pyongyang has quietly instructed its trading firms to cut staff.';
    expect(findRoledMentions(sentence).find((m) => m.text === 'Pyongyang')?.role).toBe('scope');
    expect(findRoledMentions('A trader in Pyongyang was detained last week.').find((m) => m.text === 'Pyongyang')?.role).toBe('scene');
  });

  it.each([
    'The ministry said it would inform Pyongyang of the matter through the liaison channel.',
    'Seoul protested to Pyongyang over the shooting.',
    'The government notified Pyongyang that the men wished to stay.',
  ])('reads the capital told or answered as the state: %s', (sentence) => {
    expect(findRoledMentions(sentence).find((m) => m.text === 'Pyongyang')?.role).toBe('scope');
  });

  it('places no crackdown in the capital when the capital only stands for the state', () => {
    const out = extract(['Pyongyang quietly intensified its crackdown on smuggling, a Seoul-based analyst said.']);
    expect(out.every((i) => i.placeName !== 'Pyongyang')).toBe(true);
  });
});
