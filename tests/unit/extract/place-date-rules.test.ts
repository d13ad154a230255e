import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { extract, extractAll, types } from './helpers';

const scenes = (s: string) => findRoledMentions(s).filter((m) => m.role === 'scene').map((m) => m.place.id);

describe('places that are not scenes', () => {
  it('reads the city of a wire dateline as where the story was filed, not where it happened', () => {
    const out = extractAll(
      ['BEIJING, April 14 (Reuters) - Chinese authorities have sent back to North Korea five North Koreans who were caught in the city of Dalian last month, an activist group said on Friday.'],
      '2017-04-14',
    );
    expect(out.find((i) => i.type === 'repatriation')?.placeName).toBe('Dalian');
  });

  it('reads the capital standing for the state, and a place inside a law’s name, as no scene', () => {
    expect(scenes('The trend alarmed the leadership, prompting Pyongyang to draft harsher rules.')).toEqual([]);
    expect(scenes('Pyongyang has asked Moscow to return the workers.')).toEqual([]);
    expect(scenes('The Pyongyang Cultural Language Protection Act was adopted in 2023.')).toEqual([]);
    expect(scenes('Police arrested two traders in Pyongyang last week.')).toEqual(['kp-pyongyang']);
    expect(scenes('Pyongyang residents were told to attend a lecture.')).toEqual(['kp-pyongyang']);
  });

  it('reads a place on the far side of a comparison as a yardstick, not a scene', () => {
    expect(scenes('Checks in the county are looser than along the roads near Musan and Hoeryong.')).toEqual([]);
    expect(scenes('Arrests rose sharply compared with Kimchaek, officials said.')).toEqual([]);
    expect(scenes('Guards detained more traders in Musan than last year.')).toEqual(['kp-musan']);
    expect(scenes('Unlike last spring, police in Hyesan searched every home.')).toEqual(['kp-hyesan']);
  });

  it('reads a county name inside a facility another town owns as the facility, not the county', () => {
    expect(scenes('Agents picked up three vendors at Hyesan’s Sinhung market.')).toEqual(['kp-hyesan']);
    expect(scenes('Agents picked up three vendors at the Sinhung market in Hyesan.')).toEqual(['kp-hyesan']);
    // A province after the facility only locates the facility's own town.
    expect(scenes('A lecture was held for workers of the Musan mine in North Hamgyong Province.')).toContain('kp-musan');
  });

  it('reads "the Tumen" as the river, not the Chinese city', () => {
    expect(scenes('They swam across the Tumen near Hoeryong.')).toEqual(['kp-hoeryong']);
    expect(scenes('She was caught at a bus terminal in Tumen.')).toEqual(['cn-tumen']);
  });

  it('places a river crossing in the county it names', () => {
    const out = extract(['Guards caught two residents as they waded across the Tumen near Hoeryong on May 3.'], '2024-05-20', 'Two caught crossing the Tumen');
    expect(out.map((i) => i.placeName)).toEqual(['Hoeryong', 'Hoeryong']);
  });
});

describe('where a worker or soldier was posted', () => {
  it('places an escape where the people were posted, told in a relative clause, but not other events', () => {
    const fled = extract([
      'Two workers ran away from a logging site in Russia’s Far East early this month, a source said on Tuesday.',
      'The two, who had been cutting timber near Tynda in the Amur region, slipped away from their camp at night.',
    ], '2025-05-20');
    expect(fled.filter((i) => i.type === 'defection').map((i) => i.placeName)).toEqual(['Tynda']);
    const held = extract(['A man who had worked at a plant in Dandong was arrested by police in Shenyang on May 2.'], '2025-05-20');
    expect(held.filter((i) => i.type === 'arrest').map((i) => i.placeName)).toEqual(['Shenyang']);
  });
});

describe('dates from the story', () => {
  it('lets an undated consequence continue the dated event before it in the paragraph', () => {
    const out = extract([
      'Police raided homes in Hyesan on September 4 and confiscated foreign currency. Two women who ran exchange stalls were detained.',
    ], '2024-09-27');
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-09');
  });

  it('lends a session the month of a story told around one month, and the latest month of a story of several', () => {
    const oneMonth = extractAll(
      ['Two farm managers were detained by police on May 20. Farmers were called to a meeting where officials were criticized.', 'Their families were later questioned.'],
      '2024-05-29',
    );
    expect(oneMonth.find((i) => i.type === 'indoctrination')?.date).toBe('2024-05');
    const twoMonths = extractAll(
      [
        'Two farm managers were detained by police on May 20. Farmers were called to a meeting where officials were criticized.',
        'A third manager had been put on trial in Haeju in March.',
      ],
      '2024-07-29',
    );
    // Not March, the month told last: May, the latest the story gives, rather than the report's July.
    expect(twoMonths.find((i) => i.type === 'indoctrination')?.date).toBe('2024-05');
  });

  it('does not move the story clock with a flashback', () => {
    const out = extract([
      'A manager was put on trial in Kanggye on September 19.',
      'Police had arrested him in July. Other managers were called to a meeting the next day and told to write self-criticism.',
    ], '2024-10-02');
    expect(out.find((i) => i.type === 'indoctrination')?.date).toBe('2024-09');
  });

  it('counts "ten days after her arrest" from the arrest', () => {
    const out = extract([
      'A woman was arrested by Chinese police in Shenyang on July 11. She had fled her workplace in June.',
      'About ten days after her arrest, the Chinese authorities handed her over to North Korean authorities in Sinuiju.',
    ], '2024-07-30');
    expect(out.find((i) => i.type === 'repatriation')?.date).toBe('2024-07');
  });

  it('takes the date of a following sentence that points back', () => {
    const out = extract(['Police raided a market in Hyesan and confiscated Chinese goods. It happened on the morning of June 3, the source said.']);
    expect(types(out)).toEqual(['crackdown']);
    expect(out[0].date).toBe('2024-06-03');
  });
});

describe('home towns, origins and where people are', () => {
  it('places a banishment in the town the family is driven from', () => {
    const out = extract(['The relatives have been banished from Sariwon to a farm in the mountains.']);
    expect(out.map((i) => i.placeName)).toEqual(['Sariwon']);
  });

  it('does not place a search where an official came from or where the checked people are', () => {
    const out = extract([
      'A worker fled from a factory in Hunchun on May 2.',
      'The workers had their phones collected, and an official from the consulate in Shenyang now sleeps in the dormitory.',
    ]);
    expect(out.find((i) => i.type === 'crackdown')?.placeName).toBe('Hunchun');
    const abroad = extract(['Families in Sariwon were told of new rules.', 'State security is checking the files of workers from Sariwon who are still in Russia.']);
    expect(abroad.find((i) => i.type === 'crackdown')?.country).toBe('KP');
  });

  it('dates "the next morning" from the event before', () => {
    const out = extract([
      'A worker fled from a factory in Hunchun on May 2.',
      'The manager went to the Chinese police the next morning and requested their help in tracking her down.',
    ]);
    expect(out.find((i) => i.type === 'repatriation')?.date).toBe('2024-05');
  });
});
