import { describe, expect, it } from 'vitest';
import { extract, extractAll, types } from './helpers';

const placeOf = (out: ReturnType<typeof extract>, type: string) => out.filter((i) => i.type === type).map((i) => i.placeName);

describe('steps of one capture told in its sentence', () => {
  it('reads the search of the captive’s own home as part of the arrest', () => {
    expect(types(extract(['A broker was detained by police in Hoeryong on May 4, and her flat was searched.']))).toEqual(['arrest']);
    // A search of other people's homes is a control of its own.
    expect(types(extract(['Police in Hoeryong searched the homes of twelve traders on May 4.']))).toEqual(['crackdown']);
  });

  it('reads the team named after "by" as the agent of the arrest', () => {
    expect(types(extract(['Four teachers in Kanggye were arrested on May 4 by an inspection team from the central prosecutors.']))).toEqual(['arrest']);
  });

  it('reads a team that is the subject of the capture as its agent', () => {
    expect(types(extract(['A narcotics task force sent from the capital detained forty people in Kimchaek on May 4.']))).toEqual(['arrest']);
    expect(types(extract(['Officers of a mixed inspection group detained two teachers in Kanggye on May 4.']))).toEqual(['arrest']);
    // A search the team also made is still a control of its own.
    expect(types(extract(['A task force searched thirty homes in Kimchaek on May 4 and detained two men.'])).sort()).toEqual(['arrest', 'crackdown']);
  });

  it('reads the raid on one building whose people are taken as the way of the capture', () => {
    expect(types(extract(['Chinese police raided a flat in Dandong on May 4 and detained six North Korean women.']))).toEqual(['arrest']);
    // Raids on many homes are a sweep.
    expect(types(extractAll(['Police raided dozens of homes in Hyesan on May 4 and detained six traders.'])).sort()).toEqual(['arrest', 'crackdown']);
  });

  it('reads a check of the captives told as how they were caught as that arrest', () => {
    expect(types(extract(['Four pupils were caught in Hyesan on May 4 when a patrol stopped them and searched their bags.']))).toEqual(['arrest']);
    // A check of goods told after the arrest is a control of its own.
    expect(types(extract(['Two drivers were arrested in Hyesan on May 4 after trucks were stopped at a checkpoint and searched.']))).toContain('crackdown');
  });

  it('reads questioning that a capture is for, or that its captives remain under, as that arrest', () => {
    expect(types(extract(['The mine manager in Tanchon was detained by prosecutors on May 4 for investigation.']))).toEqual(['arrest']);
    expect(types(extract(['Two traders were arrested in Hyesan on May 4.', 'Neighbours believe they remain under investigation.']))).toEqual(['arrest']);
  });

  it('reads a call intercepted from the captive as how he was caught', () => {
    expect(types(extract(['A technician was arrested in Kanggye on May 4 after agents intercepted a call he made to a trader.']))).toEqual(['arrest']);
  });

  it('reads a patrol that spotted the people as the agent, not a crackdown', () => {
    expect(types(extract(['The couple was halfway across the Tumen near Musan on May 4 when a patrol spotted them.']))).not.toContain('crackdown');
  });

  it('reads a check that ends with one person taken away as that arrest', () => {
    const out = extract(['Police checked papers at a building site in Vladivostok on May 4 and took him away.']);
    expect(types(out)).toEqual(['arrest']);
  });

  it('reads questioning that goes on after an arrest as that arrest', () => {
    const out = extract(['A customs officer in Sinuiju was arrested by state security on May 4 and is being investigated.']);
    expect(types(out)).toEqual(['arrest']);
  });
});

describe('a raid on one dwelling', () => {
  it('is how its people were taken, an arrest, even when the sentence does not say so', () => {
    expect(types(extractAll(['State security agents raided their home in Hyesan on May 3 after a neighbour informed on them.']))).toEqual(['arrest']);
    expect(types(extractAll(['Police raided the house of a trader in Hoeryong on May 3 and found a Chinese phone.']))).toEqual(['arrest']);
  });

  it('stays a crackdown when many homes or a market are raided', () => {
    expect(types(extractAll(['Police raided homes across Hyesan on May 3 looking for Chinese phones.']))).toEqual(['crackdown']);
    expect(types(extractAll(['Inspectors raided the Sunam market in Chongjin on May 3.']))).toEqual(['crackdown']);
  });
});

describe('forecasts, generic warnings and body titles', () => {
  it('reads what someone is likely to undergo as no event, however long the clause', () => {
    const out = extract(['Activists said the group was likely to be held at a facility in Onsong County for a long time before further investigation.']);
    expect(out).toEqual([]);
  });

  it('reads what anyone suspected of something can expect as no event', () => {
    expect(extract(['Anyone suspected of trying to reach the South can expect a much harsher sentence.'])).toEqual([]);
  });

  it('reads a control word in the title of a body someone belongs to as no event', () => {
    expect(extract(['"Ports must act," said a former member of a sanctions monitoring team in Seoul.'])).toEqual([]);
  });

  it('reads what a broadcast across the border said happened as its content, not news', () => {
    expect(types(extract(['In Kaesong on May 4, a worker repeated that the loudspeakers had said a diplomat had defected.']))).not.toContain('defection');
    // A lecture citing a local case does report that case.
    expect(types(extract(['Lecturers in Kanggye told residents on May 4 that a teenager had been sentenced to six years.']))).toContain('trial');
  });
});

describe('frames that change the kind of event', () => {
  it('reads a struggle meeting that hands down a term as the trial alone', () => {
    const out = extract(['On May 4, a doctor in Hamhung was put before an ideological struggle meeting and given two years of labour training.']);
    expect(types(out)).toEqual(['trial']);
  });

  it('reads a raid made to carry off goods as `other`', () => {
    const out = extract(['Soldiers raided orchards of a farm in Pukchong on May 4, carrying off apples by the sackful.']);
    expect(types(out)).toEqual(['other']);
    expect(types(extract(['Police raided a market in Pukchong on May 4.']))).toEqual(['crackdown']);
  });

  it('joins a definite "the crackdown" that refers back to the story’s crackdown, without its date', () => {
    const out = extract([
      'Police in Hyesan have searched homes for foreign films since May 4.',
      'The crackdown follows the passage in January of a new law.',
    ]);
    expect(types(out)).toEqual(['crackdown']);
    expect(out[0].date).toBe('2024-05-04');
  });

  it('reads a detention that had lasted for years as background', () => {
    const out = extract(['The women had been held for years in detention facilities in Jilin before the handover.']);
    expect(types(out)).not.toContain('arrest');
  });

  it('reads a detention held "since before the pandemic" as background too, and one since a month as news', () => {
    expect(types(extractAll(['Many had been held in detention centres in Jilin and Liaoning since before the pandemic, the group said.']))).not.toContain('arrest');
    expect(types(extractAll(['The man had been held at a police station in Hyesan since March.']))).toContain('arrest');
  });

  it("reads a missing man's roommates questioned by officials as no arrest", () => {
    const out = extractAll(["In February officials from the Ministry of State Security arrived in Vladivostok and questioned the missing man's roommates one by one."]);
    expect(types(out)).not.toContain('arrest');
  });

  it('reads relatives questioned for days as no arrest', () => {
    const out = extract(["The family's relatives in Ongjin, including the husband's two brothers, were questioned for several days on May 4 and placed under surveillance."]);
    expect(types(out)).not.toContain('arrest');
    expect(types(extract(['A smuggler in Ongjin was questioned for several days on May 4.']))).toContain('arrest');
  });
});

describe('places that describe, affiliate or send', () => {
  it('does not place an event at the town an appositive measures from', () => {
    const out = extract(['Police in Sunchon, a city north of Pyongyang, searched homes for drugs on May 4.']);
    expect(placeOf(out, 'crackdown')).toEqual(['Sunchon']);
  });

  it('does not place a control where the agent’s post is, nor where someone was recalled to', () => {
    const out = extract(['On May 4, a security official attached to the consulate in Shenyang came to the dormitory and collected every phone.']);
    expect(placeOf(out, 'crackdown')).not.toContain('Shenyang');
    const recalled = extract(['Security officials have since confiscated the phones and recalled the crew leader to Pyongyang for questioning.']);
    expect(placeOf(recalled, 'crackdown')).not.toContain('Pyongyang');
  });
});

describe('captures and background told in other ways', () => {
  it('reads people stopped at a checkpoint as caught, but goods stopped there as a check', () => {
    expect(types(extract(['Twelve escapees were stopped at a checkpoint near Hyesan on May 4.']))).toEqual(['arrest']);
    expect(types(extract(['Trucks carrying cement were stopped at a checkpoint near Hyesan on May 4.']))).not.toContain('arrest');
  });

  it('reads people still being investigated as held, not as a new investigation', () => {
    const out = extract(['Police in Kanggye detained three students on May 4.', 'The three students are still being investigated.']);
    expect(types(out)).toEqual(['arrest']);
  });

  it('reads relatives described by their escape as background, not a new defection', () => {
    const out = extract(['Police in Hyesan detained a woman on May 4 who arranged calls between local families and relatives who fled to South Korea.']);
    expect(types(out)).toEqual(['arrest']);
  });

  it('reads what in some cases befalls people as no event', () => {
    expect(extract(['Rights groups say returnees from Tumen face torture, prison and, in some cases, execution.'])).toEqual([]);
  });

  it('does not place an event at someone’s hometown or at the place of an earlier case', () => {
    const home = extract(['A North Korean woman who had been living in hiding in Shenyang for six years was detained by Chinese police last month, and agents in her hometown of Hoeryong have since questioned her mother.']);
    expect(placeOf(home, 'arrest')).not.toContain('Hoeryong');
    const lecture = extract(['The lecture was reportedly arranged after a case in Manpo City in July.']);
    expect(placeOf(lecture, 'indoctrination')).not.toContain('Manpo');
  });
});
