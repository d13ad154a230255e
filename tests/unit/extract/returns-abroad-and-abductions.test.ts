import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('crossings and returns in more words', () => {
  it.each([
    ['defection', 'Two fishermen crossed the de facto maritime border in the East Sea aboard a wooden boat on Tuesday.'],
    ['repatriation', 'Six women who were sent back from China in early October are held at the MSS center in Hyesan.'],
    ['repatriation', 'The women were handed over by Chinese police at the Changbai-Hyesan crossing after being caught in Jilin.'],
    ['repatriation', 'Border police handed over a group of eight North Koreans to the North at the bridge on April 4.'],
  ])('%s: %s', (type, sentence) => {
    expect(typesIn(sentence)).toContain(type);
  });
});

describe('an abduction is not an escape', () => {
  it('reads a man taken across the border by agents as taken, not fled', () => {
    const types = typesIn('An aid worker in Yanji has been missing since Jan. 30 and is thought to have been taken across the border by North Korean agents.');
    expect(types).toContain('other');
    expect(types).not.toContain('defection');
  });

  it('reads a kidnapping as an event of its own', () => {
    expect(typesIn('A South Korean missionary was kidnapped in Yanji last month.')).toContain('other');
  });
});

describe('not events', () => {
  it.each([
    ['parents called to a school', "Pupils had their phones taken last week and their parents were summoned to the school."],
    ['a disappearance without a trial', 'The case went to the MSS, and the workers disappeared without a trial that anyone knew of.'],
    ['a roll of unnamed cases', 'At each session they read out the names of people who were caught last year.'],
    ['detention in a past decade', 'Former prisoners spoke of hunger, mostly from their time in detention in the 2010s.'],
  ])('%s', (_kind, sentence) => {
    const types = typesIn(sentence);
    expect(types.filter((t) => t !== 'crackdown')).toEqual([]);
  });
});

describe('where a return by air goes and passes', () => {
  const roles = (sentence: string) => Object.fromEntries(findRoledMentions(sentence).map((m) => [m.place.id, m.role]));

  it('keeps the country of capture as the scene and the landing and the transit country out of it', () => {
    const r = roles('Nine North Koreans detained in Laos last month were flown back to Pyongyang via China after the embassy demanded their return.');
    expect(r.la).toBe('scene');
    expect(r['kp-pyongyang']).toBe('destination');
    expect(r.cn).toBe('scope');
  });

  it('joins a return named by its foreign country to the same return told at its end', () => {
    const found = extractAll(
      [
        'Five North Korean defectors have been deported from Laos, a civic group said Monday.',
        'They were handed over to North Korean officials in Sinuiju on Oct. 14.',
      ],
      '2014-10-20',
    ).filter((i) => i.type === 'repatriation');
    expect(found).toHaveLength(1);
  });
});
