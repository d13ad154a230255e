import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const triggers = (s: string) => findTriggers(s).map((t) => `${t.type}:${t.text}`);

describe('relatives in the plural before a verb in the singular', () => {
  it('leaves the verb to its own subject', () => {
    expect(triggers('A broker who delivered money to their families in North Hamgyong Province was arrested in early August.')).toEqual(['arrest:arrested']);
  });

  it('still reads relatives who were taken away', () => {
    expect(triggers('The families of the three men were sent to a farm.').map((t) => t.split(':')[0])).toEqual(['family_punishment']);
  });
});

describe('self-criticism in the plural and shaming at a session', () => {
  it('reads "forced to write self-criticisms" as a session', () => {
    expect(triggers('A dozen residents were forced to write self-criticisms.')).toEqual(['indoctrination:self-criticisms']);
  });

  it('reads the shaming at a self-criticism meeting as that session, not a separate event', () => {
    const types = findTriggers('Students were made to stand before their classmates and criticize themselves at a meeting last Wednesday.').map((t) => t.type);
    expect(types).toEqual(['indoctrination']);
  });

  it('keeps a parade before a meeting when no session is read', () => {
    expect(findTriggers('Residents who skipped flood work were paraded before a public meeting last week.').map((t) => t.type)).toEqual(['other']);
  });
});

describe('a first guess, later dropped', () => {
  it.each([
    '"At first the managers thought he had been arrested by Russian police, but when they checked, nobody had him."',
    'Initially, police suspected the two had fled to China.',
  ])('%s', (sentence) => {
    expect(findTriggers(sentence)).toEqual([]);
  });
});

describe('efforts that are no trial', () => {
  it('reads "tried everything to get them out" as no trial', () => {
    expect(findTriggers('The parents tried everything to get them out.')).toEqual([]);
  });
});

describe('a pronoun continues a family punishment only through its own verb', () => {
  it('does not turn a trial told later in the sentence into a family punishment', () => {
    const out = extractAll(
      [
        'Two men were publicly executed in Onsong on Nov. 2 for guiding people into China.',
        'The men had taken money from families in return for guiding them past guard posts. They were shot on the riverbank near the station after a short public trial.',
      ],
      '2005-11-10',
    );
    expect(out.map((i) => i.type)).not.toContain('family_punishment');
  });

  it('still reads "They were sent to a camp" after a family punishment as that punishment', () => {
    const out = extractAll(['The parents of a soldier who deserted were taken away by state security in March.', 'They were sent to a camp in Yodok.'], '2024-06-20');
    expect(out.map((i) => i.type)).toEqual(['family_punishment']);
  });
});
