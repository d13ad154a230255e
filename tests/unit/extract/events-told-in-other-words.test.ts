import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

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
