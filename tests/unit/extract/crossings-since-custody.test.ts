import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { extractAll } from './helpers';

const scenes = (s: string) => findRoledMentions(s).filter((m) => m.role === 'scene').map((m) => m.place.id);

describe('a crossing named by its kind and its towns', () => {
  it.each([
    ['A group of detainees was handed over to the North at the bridge between Tumen and Namyang last week.', 'kp-onsong-namyang-bridge'],
    ['They were kept in a detention center for ten days and then driven across the bridge to Namyang in a police van.', 'kp-onsong-namyang-bridge'],
    ['The two soldiers were returned across the bridge at Ji’an on the 29th.', 'kp-manpo-bridge'],
    ['The women were walked through the customs post in Sinuiju at dawn.', 'kp-sinuiju-customs'],
  ])('%s', (sentence, crossing) => {
    expect(scenes(sentence)).toEqual([crossing]);
  });

  it('places the handover at that crossing', () => {
    const out = extractAll(['According to a source in Yanbian, about twenty detained North Koreans were handed over to the North at the bridge between Tumen and Namyang last week.']);
    expect(out.find((i) => i.type === 'repatriation')?.placeName).toMatch(/^Namyang-Tumen Bridge/);
  });

  it('leaves a bridge whose town ends no known crossing to the town', () => {
    expect(scenes('Police stopped the truck on the bridge into Hamhung.')).toEqual(['kp-hamhung']);
  });
});

describe('places abroad that only say who was dealt with', () => {
  it.each([
    'He was arrested in early August after agents intercepted a phone call he made to a trader in Ji’an, across the Yalu.',
    'The smugglers had sold the copper wire to buyers in Dandong.',
  ])('%s', (sentence) => {
    expect(scenes(sentence)).toEqual([]);
  });

  it('still reads a trader abroad who is the subject as the scene', () => {
    expect(scenes('A North Korean trader in Dandong was detained by Chinese police.')).toEqual(['cn-dandong']);
  });
});

describe('the province of a source in another country', () => {
  it('reads "a source in China’s Jilin province" as the source, not the scene', () => {
    const roles = findRoledMentions('Six escapees were handed over last week, a source in China’s Jilin province told RFA.');
    expect(roles.find((m) => m.place.id === 'cn-jilin')?.role).toBe('source');
  });
});

describe('what was done "since" an earlier event', () => {
  it('is dated by the day told of it later, not by the event it followed', () => {
    const out = extractAll(
      [
        'A construction worker in Vladivostok disappeared from his dormitory in late March, and state security agents have since removed his wife and children from their home in Rason.',
        'A separate source in Rason said that on Apr. 10, agents came for the man’s wife and two children in the Sonbong district.',
      ],
      '2025-04-22',
    );
    const family = out.filter((i) => i.type === 'family_punishment');
    expect(family.map((i) => i.date)).toEqual(['2025-04-10']);
  });
});

describe('someone unseen since being taken into custody', () => {
  it('is held, not fled', () => {
    const out = extractAll(
      [
        'The group returned through Sinuiju in late May and was taken straight to a State Security facility for questioning.',
        'The worker who made contact has not been seen since, one source said.',
      ],
      '2020-06-18',
    );
    expect(out.map((i) => i.type)).toEqual(['arrest']);
  });

  it('still reads a worker who walked away and has not been seen since as an escape', () => {
    const out = extractAll(['Two laborers in Vladivostok walked away from their dormitory in early June and have not been seen since.'], '2019-06-20');
    expect(out.map((i) => i.type)).toEqual(['defection']);
  });
});
