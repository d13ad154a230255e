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

describe('controls and captures that are only part of another story', () => {
  it('does not read the patrol that spotted someone, or a patrol boat, as a crackdown', () => {
    expect(types(extractAll(['The couple were spotted on the riverbank near Onsong in March by a patrol that had been tipped off, a source said.'], '2018-03-20'))).not.toContain('crackdown');
    expect(types(extractAll(['The boat was escorted into port near Haeju by a navy patrol vessel on Sept. 23.'], '2012-09-25'))).not.toContain('crackdown');
    expect(types(extractAll(['Border guards in Onsong have doubled their patrols along the river since March, a source said.'], '2018-04-02'))).toContain('crackdown');
  });

  it('does not read the investigation behind one case as a crackdown of its own', () => {
    const out = extractAll(['Four customs officers in Sinuiju were taken in last month after an investigation found they had taken bribes, a source said.'], '2015-07-10');
    expect(types(out)).not.toContain('crackdown');
    expect(types(extractAll(['Investigators from Pyongyang have been investigating the customs office in Sinuiju since June, a source said.'], '2015-07-10'))).toContain('crackdown');
  });

  it('does not read a boat that drifted across the sea border as a defection', () => {
    expect(types(extractAll(['Two fishermen drifted across the maritime border off Goseong last Friday after their engine failed.'], '2019-06-12'))).not.toContain('defection');
    expect(types(extractAll(['Two fishermen sailed across the maritime border off Goseong last Friday and asked to stay in the South.'], '2019-06-12'))).toContain('defection');
  });

  it('does not read what happens occasionally, or to anyone carrying a phone, as an arrest', () => {
    expect(types(extractAll(['Russia has occasionally detained escaped workers in Khabarovsk and sent them back.'], '2019-05-01'))).not.toContain('arrest');
    expect(types(extractAll(['In Chongjin anyone carrying an unregistered handset is detained on the spot, a source said.'], '2026-01-20'))).not.toContain('arrest');
  });

  it('does not read a lift ("picked up by a car") or a stepped-up campaign as a capture', () => {
    expect(types(extractAll(['The men slipped out of the camp near Khabarovsk and were picked up by a car on the highway, the source said.'], '2019-05-01'))).not.toContain('arrest');
    expect(types(extractAll(['The men were picked up by police in Khabarovsk on May 3, the source said.'], '2019-05-10'))).toContain('arrest');
    expect(types(extractAll(['China has stepped up arrests of North Korean escapees in Shenyang since last year, activists say.'], '2019-05-10'))).not.toContain('arrest');
  });

  it('does not read people caught midstream and "brought back to the North Korean bank" as handed over', () => {
    expect(types(extractAll(['The two women were spotted on a sandbar in the Yalu near Uiju and brought back to the North Korean bank by guards.'], '2022-05-01'))).not.toContain('repatriation');
    expect(types(extractAll(['The two women were caught in Dandong and handed over to the North Korean border guards at the bridge in April.'], '2022-05-01'))).toContain('repatriation');
  });

  it('does not read people held "to await repatriation" as returned', () => {
    expect(types(extractAll(['The four were taken to a detention facility in Dandong in July to await repatriation, the source said.'], '2023-08-01'))).not.toContain('repatriation');
  });

  it('takes a resident who tells the story as its source, not its scene', () => {
    const out = extractAll(['Two officials of a company in Rason were executed by firing squad late last month, a North Hamgyong Province resident informed Daily NK.'], '2017-09-05');
    expect(out.filter((i) => i.type === 'execution').map((i) => i.placeName)).toEqual(['Rason']);
  });
});

describe('arrivals in the South by sea and across the DMZ', () => {
  it('reads a soldier who crossed the "heavily fortified" DMZ as a defection', () => {
    const out = extractAll(['A North Korean soldier crossed the heavily fortified Demilitarized Zone on the central front early Wednesday, the JCS said.'], '2021-08-12');
    expect(types(out)).toContain('defection');
  });

  it('reads people who asked to defect or sought asylum after reaching a southern island or waters as a defection', () => {
    expect(types(extractAll(['A family of six arrived in South Korean waters near Baengnyeong Island in a small wooden boat last week, officials said.'], '2025-06-30'))).toContain('defection');
    expect(types(extractAll(['A North Korean man reached South Korea’s Gyodong Island over the weekend and asked to defect, officials said.'], '2023-08-21'))).toContain('defection');
    expect(types(extractAll(['A North Korean man who swam to Baengnyeong Island on Sunday has sought asylum, military sources said.'], '2022-08-30'))).toContain('defection');
  });

  it('does not read asylum policy or a boat that drifted to a southern island as a defection', () => {
    expect(types(extractAll(['Seoul’s asylum system for North Koreans has changed little since 1997, analysts said.'], '2022-08-30'))).not.toContain('defection');
    expect(types(extractAll(['A fishing boat with a broken engine drifted to a South Korean island last week and its crew was sent home.'], '2022-08-30'))).not.toContain('defection');
  });
});

describe('the same measure done somewhere else', () => {
  it('reads "a similar survey had been carried out there" and "a similar sweep took place" as crackdowns', () => {
    expect(types(extractAll(['An official in Chongjin said a similar survey had been carried out there in March.'], '2025-04-10'))).toContain('crackdown');
    expect(types(extractAll(['The source said a similar sweep took place at the market in Sunchon in September.'], '2023-10-05'))).toContain('crackdown');
    expect(types(extractAll(['In Haeju, a similar census was carried out in July, according to a separate source.'], '2024-09-24'))).toContain('crackdown');
  });

  it('still does not read an event counted against others as news', () => {
    expect(types(extractAll(['It was the third such crossing near Kimchaek this year, officials said.'], '2024-09-24'))).not.toContain('defection');
    expect(types(extractAll(['In a similar crackdown in Hyesan in 2019, dozens of phones were seized.'], '2024-09-24'))).not.toContain('crackdown');
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

describe('relatives who vanish', () => {
  it('reads the relatives of someone who fled, "disappeared from their apartment", as punished, not escaping', () => {
    const text =
      'The wife and adult son of a trade official who fled his post in Shenyang in September have disappeared from their apartment in Pyongyang, a source said.';
    const out = extractAll([text], '2022-11-09');
    expect(out.filter((i) => i.placeName === 'Pyongyang').map((i) => i.type)).toContain('family_punishment');
    expect(out.filter((i) => i.placeName === 'Pyongyang').map((i) => i.type)).not.toContain('defection');
  });
});

describe('troops looting farms', () => {
  it('reads soldiers who stole corn from a farm as an event of type other', () => {
    const text = 'Soldiers from a nearby unit stole corn and rice from cooperative farm fields in Chaeryong County in late September, a source said.';
    expect(types(extractAll([text], '2017-10-05'))).toContain('other');
    expect(types(extractAll(['Thieves stole corn from cooperative farm fields in Chaeryong County in late September, a source said.'], '2017-10-05'))).not.toContain('other');
  });
});
