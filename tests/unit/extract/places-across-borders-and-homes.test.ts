import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { extractAll, types } from './helpers';

describe('the country across a border', () => {
  it('does not place a capture in the country named as the other side of the border', () => {
    const out = extractAll(['Nine North Koreans were detained by police in Laos on May 10 near the border with China, activists said.'], '2013-05-30');
    const arrest = out.find((i) => i.type === 'arrest');
    expect(arrest?.country).toBe('LA');
  });

  it('still places a capture in a country named as the scene', () => {
    const out = extractAll(['Two women were detained by police in China on May 10, activists said.'], '2013-05-30');
    expect(out.find((i) => i.type === 'arrest')?.country).toBe('CN');
  });
});

describe('countries named together or apart', () => {
  const roles = (text: string) => findRoledMentions(text).map((m) => `${m.place.name}:${m.role}`);

  it('scopes countries listed together, but keeps two countries told apart as scenes', () => {
    expect(roles('Workers abroad, including in China and Mongolia, were told to report to their embassies.')).toEqual(['China:scope', 'Mongolia:scope']);
    expect(roles('Police in Laos detained nine people who had lived in China for years.')).toEqual(['Laos:scene', 'China:scene']);
  });
});

describe('families moved out of their home town', () => {
  it('reads relatives "forcibly relocated" after a long description as a punishment', () => {
    const text =
      'The parents and younger sister of a young man who crossed the Tumen River from Musan County earlier this year have been forcibly relocated to a farm, a source said.';
    expect(types(extractAll([text], '2015-06-30'))).toContain('family_punishment');
  });

  it('places the punishment at the home the family was sent from, not the province of the authorities or the place of exile', () => {
    const text =
      'Authorities in North Hamgyong Province have banished the family of a young man who fled to China last autumn, sending his parents and sister from Musan to a mountain village in Yonsa County, a source said.';
    const punishment = extractAll([text], '2020-01-17').find((i) => i.type === 'family_punishment');
    expect(punishment?.placeName).toMatch(/Musan/);
  });

  it('does not place the punishment in "a remote part of" the county of exile', () => {
    const out = extractAll(['A man from Musan fled to China in February.', 'His family was sent to a cooperative farm in a remote part of Yonsa County in May.'], '2015-06-30');
    const punishment = out.find((i) => i.type === 'family_punishment');
    expect(punishment?.placeName ?? '').not.toMatch(/Yonsa/);
  });
});

describe('two cases told one after the other', () => {
  it('keeps a case that opens on another town apart from the one before it, however near', () => {
    const out = extractAll(
      [
        'In Hyesan, police detained four people on March 12 as they carried copper to the river bank.',
        'In Samsu County, upstream, a man was arrested later in the month for hiding phones in a timber shipment.',
      ],
      '2019-04-09',
    );
    expect(out.filter((i) => i.type === 'arrest').map((i) => i.placeName).sort()).toEqual(['Hyesan', 'Samsu County']);
  });

  it('does not date a capture by the year in a relative clause about other people', () => {
    const text = 'In a separate case the same week, officials in Hoeryong detained a woman who had collected money from the families of three people who fled to China in 2019.';
    const arrest = extractAll([text], '2022-06-14').find((i) => i.type === 'arrest');
    expect(arrest).toBeDefined();
    expect(arrest?.date ?? '').not.toMatch(/^2019/);
  });
});

describe('returns at two crossings', () => {
  it('keeps a group sent back at Dandong apart from another sent through the Tumen crossing the same month', () => {
    const out = extractAll(
      [
        'Chinese authorities sent around 60 North Koreans back across the Yalu River bridge at Dandong on April 26, a source said.',
        'Earlier in April, another group of about 40 was sent back through the Tumen crossing, according to a separate source.',
      ],
      '2024-04-30',
    );
    expect(out.filter((i) => i.type === 'repatriation').length).toBe(2);
  });

  it('still joins a capture town and the nearby bridge where the same return ended', () => {
    const out = extractAll(
      [
        'The two women were detained by Chinese police in Shenyang in early March and handed back to the North.',
        'They were driven across the Sino-Korean Friendship Bridge to Sinuiju on March 20, a source said.',
      ],
      '2024-04-02',
    );
    expect(out.filter((i) => i.type === 'repatriation').map((i) => i.placeName)).toEqual(['Sino-Korean Friendship Bridge, Sinuiju']);
  });

  it('reads people trucked across a named bridge as a repatriation', () => {
    const text = 'Chinese authorities handed about 60 escapees to officials in Sinuiju last week, trucking them across the Sino-Korean Friendship Bridge from Dandong.';
    expect(types(extractAll([text], '2024-04-30'))).toContain('repatriation');
  });
});
