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

describe('verdicts and returns by air', () => {
  it('reads a tribunal that found someone guilty as a trial', () => {
    expect(types(extractAll(['A special military tribunal found the official guilty on Thursday, state media said.'], '2013-12-13'))).toContain('trial');
    expect(types(extractAll(['The tribunal was held in Pyongyang on Thursday, state media said.'], '2013-12-13'))).not.toContain('trial');
  });

  it('does not read a call for an international tribunal as a trial', () => {
    expect(types(extractAll(['Rights groups urged the UN to set up an international tribunal for crimes in the camps.'], '2014-02-20'))).not.toContain('trial');
  });

  it('reads people flown back to Pyongyang as a repatriation', () => {
    expect(types(extractAll(['The nine teenagers held in Vientiane were flown back to Pyongyang via China last week, activists said.'], '2013-06-03'))).toContain('repatriation');
  });
});

describe('captures told with the object in between', () => {
  it('reads a woman "taken into custody" with a long description between verb and noun', () => {
    expect(types(extractAll(['Security agents in Hyesan have taken a woman in her forties into custody, a source said.'], '2019-04-20'))).toContain('arrest');
  });

  it('reads someone seized by security officers as an arrest, but not goods seized', () => {
    expect(types(extractAll(['The woman, who lives near the river, was seized by Ministry of State Security (MSS) officers early this month.'], '2019-04-20'))).toContain('arrest');
    expect(types(extractAll(['The shipment was seized at the port in Nampo early this month.'], '2019-04-20'))).not.toContain('arrest');
  });
});

describe('controls on residents told at length', () => {
  it('reads boats banned from leaving port and crews gathered for meetings', () => {
    const out = extractAll(
      [
        'Authorities have banned small private boats from leaving port in Ongjin County since the middle of May, sources said.',
        'Fishermen in Ongjin were also gathered at their cooperatives in early June for meetings where officials warned them against fleeing.',
      ],
      '2024-06-11',
    );
    expect(types(out)).toEqual(expect.arrayContaining(['crackdown', 'indoctrination']));
  });

  it('reads registers of phones and families, and cross-checked records, as a crackdown', () => {
    expect(types(extractAll(['Police in Sariwon have begun registering every mobile phone in the city, a source said.'], '2024-09-24'))).toContain('crackdown');
    expect(types(extractAll(['In Uiju county, unit leaders listed every family with a member who is missing this month, a resident said.'], '2020-11-19'))).toContain('crackdown');
    expect(types(extractAll(['Security agents in Hyesan are cross-checking household registers against records of people who vanished, a source said.'], '2024-03-14'))).toContain('crackdown');
    expect(types(extractAll(['Officials in Uiju began a door-to-door survey of households this month, a resident said.'], '2020-11-19'))).toContain('crackdown');
  });

  it('reads an action begun ("began early this month to compile a list") as under way, not as an aim', () => {
    const text = 'The security ministry in Hyesan began early this month to compile a list of all residents who have family members in China, a source said.';
    expect(types(extractAll([text], '2024-03-14'))).toContain('crackdown');
    expect(types(extractAll(['The security ministry in Hyesan plans to compile a list of all residents who have family members in China.'], '2024-03-14'))).not.toContain('crackdown');
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
