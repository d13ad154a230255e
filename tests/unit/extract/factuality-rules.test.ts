import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extract, extractAll, types } from './helpers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('hedged and expected punishments are not incidents', () => {
  it.each([
    'People think the family is likely to be sent to a remote village.',
    'Her relatives are expected to be sent to the countryside.',
    'His parents could be banished as well.',
    'They face trial next month.',
    'The brother will probably be sent to a labor camp.',
    'Under the agreement, China was supposed to repatriate the group from Dandong by the end of the year.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toEqual([]);
  });
});

describe('background, laws and running counts', () => {
  it('skips an event dated years back', () => {
    expect(typesIn('His uncle defected to South Korea eight years ago.')).toEqual([]);
    expect(typesIn('A trader was arrested in Hyesan last week.')).toEqual(['arrest']);
  });

  it('gives nothing for what a law orders or requires', () => {
    const out = extract([
      'The law orders party cells to hold regular lectures on correct language and requires inspection teams to check phones.',
      'The act also bans South Korean words in speech and writing.',
    ]);
    expect(out).toEqual([]);
  });

  it('gives nothing for a policy or a cumulative count of returns', () => {
    const out = extract([
      'China’s policy of forcibly repatriating North Korean escapees has drawn criticism.',
      'China has forcibly repatriated more than 600 North Koreans since last October, according to rights groups.',
    ]);
    expect(out).toEqual([]);
  });
});

describe('overseas workers and returns', () => {
  it('reads a request to Russia to find a worker as a repatriation at the site', () => {
    const out = extract([
      'A North Korean welder fled from a shipyard in Nakhodka in mid-May.',
      'Pyongyang has asked the Russian authorities to find him and return him, the source said.',
    ]);
    expect(types(out)).toEqual(['defection', 'repatriation']);
    expect(out.every((i) => i.placeName === 'Nakhodka')).toBe(true);
  });

  it('takes the arrest place from the main clause, not the relative clause about the past', () => {
    const out = extract(['A woman who had worked at a seafood plant in Dandong was arrested by Chinese police at a guesthouse in Shenyang on May 11.']);
    expect(out.find((i) => i.type === 'arrest')?.placeName).toBe('Shenyang');
  });

  it('counts relatives questioned at home as a family punishment, not an arrest', () => {
    const out = extract(['Back home in Manpo, the worker’s wife and parents were questioned by state security.']);
    expect(types(out)).toEqual(['family_punishment']);
  });

  it('finds searches of homes, smartphones taken away and wading across the river', () => {
    expect(typesIn('Police began searching the homes of suspected money changers.')).toContain('crackdown');
    expect(typesIn('Managers took away the workers’ smartphones.')).toContain('crackdown');
    expect(typesIn('Three residents waded across the Tumen River at night.')).toContain('defection');
  });
});

describe('announced rules', () => {
  it('folds an announced ban into the searches that enforce it', () => {
    const out = extract([
      'The central party issued an order banning private money changing in August.',
      'Police in Hyesan searched the homes of money changers on September 3 and confiscated dollars.',
    ]);
    expect(types(out)).toEqual(['crackdown']);
    expect(out[0].placeName).toBe('Hyesan');
  });
});

describe('more ways of telling escapes, requests and searches', () => {
  it.each([
    ['She slipped out of the dormitory at night and has not been found.', 'defection'],
    ['The manager requested their help in tracking her down.', 'repatriation'],
    ['All the workers had their phones collected.', 'crackdown'],
    ['Officers seized dozens of USB sticks from the rooms.', 'crackdown'],
    ['Three students were taken away for questioning.', 'arrest'],
    ['Security agents are checking the files of workers still abroad.', 'crackdown'],
  ])('%s → %s', (sentence, type) => {
    expect(typesIn(sentence)).toContain(type);
  });

  it('drops an event dated two or more years before the report', () => {
    const out = extractAll(['A woman was caught crossing the river near Hyesan on May 3.', 'Her daughter escaped to China in 2018.'], '2024-05-20');
    expect(types(out)).toEqual(['arrest', 'defection']);
    expect(out.every((i) => i.date === '2024-05-03')).toBe(true);
  });
});
