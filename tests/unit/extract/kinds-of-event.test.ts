import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extract, extractAll, types } from './helpers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('leaving a post inside the country', () => {
  it('is `other`, not a defection, when nothing takes the flight toward a border or abroad', () => {
    const out = extractAll(['A soldier who deserted from his unit near Tongchon was caught at the railway station in Wonsan on May 4.']);
    expect(types(out)).toContain('other');
    expect(types(out)).not.toContain('defection');
  });

  it('stays a defection when the sentence heads for the border, or the runaway is abroad', () => {
    expect(types(extractAll(['Two young men ran away from a brigade in Hyesan and tried to cross the Yalu on May 4.']))).toContain('defection');
    expect(types(extractAll(['Three loggers ran away from a timber camp in the Amur region on May 4.']))).toContain('defection');
  });

  it('is background when told as the reason a family was punished', () => {
    const out = extract(['After their son deserted his unit in May, the father, an official in Kilju, was dismissed, a source said.']);
    expect(types(out)).toEqual(['family_punishment']);
  });
});

describe('shootings at the border, fires and warning shots', () => {
  it('reads guards shooting a smuggler, a market fire and warning shots as `other`', () => {
    expect(types(extractAll(['Border guards shot and killed a smuggler on the riverbank near Hyesan on May 4.']))).toEqual(['other']);
    expect(types(extractAll(['A man carrying goods was shot dead by border guards near Sakju on May 4.']))).toEqual(['other']);
    expect(types(extractAll(['A fire broke out at the main market in Hamhung on May 4, destroying hundreds of stalls.']))).toEqual(['other']);
    expect(types(extractAll(['North Korean guards fired warning shots at a fishing boat off Ongjin on May 4.']))).toContain('other');
  });

  it('leaves a person shot while trying to cross to the escape, and a firing squad to the execution', () => {
    expect(types(extractAll(['Border guards shot and wounded a woman trying to cross the Yalu near Hyesan on May 4.']))).not.toContain('other');
    expect(types(extractAll(['The two men were shot by a firing squad in Hyesan on May 4.']))).not.toContain('other');
  });
});

describe('a crowd summoned to watch', () => {
  it('belongs to the trial or execution it watched, not to a session of indoctrination', () => {
    const trial = extract(['The trial was held at the stadium in Hyesan on May 4, with residents ordered to attend.']);
    expect(types(trial)).toEqual(['trial']);
    const lecture = extract(['Residents of Hyesan were ordered to attend a lecture on May 4 about foreign films.']);
    expect(types(lecture)).toEqual(['indoctrination']);
  });
});

describe('statistics and contacts abroad', () => {
  it('reads a yearly count released as figures as no event', () => {
    const out = extract(['Fewer than 250 defectors arrived in South Korea last year, according to figures released on Thursday by the ministry.'], '2026-01-15');
    expect(out).toEqual([]);
    expect(types(extract(['Two defectors arrived in South Korea last week after crossing into China from Hyesan.'], '2026-01-15'))).toContain('defection');
  });

  it('does not place an arrest where the caller’s relatives live', () => {
    const out = extract(['Three people were detained in Namyang on May 4 after they were caught making calls to relatives in China.']);
    expect(out.filter((i) => i.type === 'arrest').map((i) => i.country)).toEqual(['KP']);
  });
});

describe('handovers told with a long object or a bare passive', () => {
  it('reads them as repatriation, placed at the crossing', () => {
    const long = extractAll(['Chinese authorities sent more than 30 North Korean escapees back across the Tumen River on May 4.']);
    expect(types(long)).toContain('repatriation');
    const passive = extractAll(['About 60 escapees held in Jilin province were driven to the Tumen border crossing and returned to the North on May 4.']);
    expect(passive.filter((i) => i.type === 'repatriation').map((i) => i.placeName)).toEqual(['Namyang-Tumen Bridge, Onsong County']);
  });
});

describe('control told by what officials did', () => {
  it.each([
    'The Ministry of State Security has begun compiling a list of all Rason residents who have relatives in China.',
    'State security agents in Manpo began surveying every household in the city in May to find relatives abroad.',
    'Authorities in Hyesan have begun re-registering every mobile phone in the city.',
  ])('reads a list or survey of people made by officials as a crackdown: %s', (sentence) => {
    expect(types(extractAll([sentence]))).toContain('crackdown');
  });

  it.each([
    'The remaining workers at the plant have since been confined to the factory compound, the source said in May.',
    'The company running the site collected every worker\'s documents and mobile phones in May.',
    'The consulate asked the Russian police to look for them and has confiscated everyone\'s phones.',
  ])('reads control over the workers left behind as a crackdown: %s', (sentence) => {
    expect(types(extractAll([sentence]))).toContain('crackdown');
  });

  it('still reads what officials only asked for as no event', () => {
    expect(types(extractAll(['Officials told residents to hand in their phones at the police station.']))).toEqual([]);
    expect(types(extractAll(["The manager was reprimanded and has been told to go to the dormitories and confiscate the workers' phones."]))).toEqual([]);
  });

  it('reads household visits to list people, a count of workers, imposed roll calls and a closed market as crackdowns', () => {
    expect(types(extract(['Security officials in Manpo spent the second half of April visiting every household to list residents with relatives in China.']))).toContain('crackdown');
    expect(types(extract(['Officials in Hyesan began a fresh count of laborers on May 4.']))).toContain('crackdown');
    expect(types(extract(['In Hyesan the manager now holds roll call twice a day since May 4.']))).toContain('crackdown');
    expect(types(extract(['The main market in Hyesan was closed by order of the city committee on May 4.']))).toContain('crackdown');
  });

  it('leaves a camp’s routine roll call and a market closed to gather a crowd alone', () => {
    expect(extract(['In the camp at Hoeryong we were always counting who was missing at roll call.'])).toEqual([]);
    expect(types(extract(['A market in Hyesan was closed on May 4 so that traders could be marched to the airfield.']))).not.toContain('crackdown');
  });

  it('reads workers abroad who failed to return to their dormitory as gone missing', () => {
    expect(types(extract(['Two laborers failed to return to their dormitory in Vladivostok on May 4.']))).toContain('defection');
  });
});

describe('crossings by water', () => {
  it('reads wading into the river, crossing the eastern sea border and a boat that headed south as defections', () => {
    expect(types(extract(['Guards caught a family of four from Sakju as they waded into the Yalu River on May 4.']))).toContain('defection');
    expect(types(extract(['A man from Onsong was shot while trying to wade across the Tumen River on May 4.']))).toContain('defection');
    expect(types(extract(['Two men from Kimchaek crossed the eastern sea border aboard a wooden boat on May 4.']))).toContain('defection');
    expect(types(extract(['A squid boat from Kimchaek failed to come back on May 4 and is believed to have headed south.']))).toContain('defection');
  });

  it('does not read a boat that drifted south after its engine failed as a defection', () => {
    expect(types(extract(['Their engine failed and the boat from Kimchaek drifted south across the sea border on May 4.']))).not.toContain('defection');
  });
});

describe('people employed abroad who disappear', () => {
  it('are gone missing, dated by the sentence that says when', () => {
    const out = extract(['Three young women employed at a restaurant in Vladivostok disappeared in late April, a source said.'], '2016-05-03');
    expect(out.filter((i) => i.type === 'defection').map((i) => i.date)).toEqual(['2016-04']);
  });
});

describe('capture abroad, dated by a sentence-initial month', () => {
  it('reads "In May" as the month, not the modal verb, and places the capture in the Russian town', () => {
    const out = extract(['In May, police in Blagoveshchensk stopped one of the loggers at a bus station on a routine document check and held him.'], '2024-07-19');
    expect(out.map((i) => [i.type, i.date, i.placeName])).toEqual([['arrest', '2024-05', 'Blagoveshchensk']]);
    expect(extract(['May police in Blagoveshchensk hold him for long?'], '2024-07-19')).toEqual([]);
  });

  it('does not read "held him responsible" as a capture', () => {
    expect(types(extract(['Officers in Hyesan held him responsible for the loss on May 4.']))).not.toContain('arrest');
  });
});

describe('sequels and conditions', () => {
  it('reads a person still under investigation after an arrest as that arrest, and a unit under investigation as a crackdown', () => {
    expect(types(extract(['A trader was arrested by the Hyesan police on May 4 and is still under investigation.']))).toEqual(['arrest']);
    expect(types(extract(['The officers of the Manpo company are all under investigation since May 4.']))).toContain('crackdown');
  });

  it('reads what follows a condition as no event', () => {
    expect(extract(['“If a phone in Kanggye shows South Korean spelling, the student is reported and the parents are called in,” the source said.'])).toEqual([]);
  });

  it('reads a soldier gone from his unit inside the country as `other`', () => {
    expect(types(extract(['A private disappeared from his unit near Munchon on May 4, a source said.']))).toEqual(['other']);
  });
});

describe('events of no other type', () => {
  it('reads a deadly accident and workers who stop work as `other`', () => {
    expect(types(extract(['A shaft at a magnesite mine in Tanchon collapsed on May 4, killing at least six miners.']))).toEqual(['other']);
    expect(types(extract(['Eight workers were killed in an explosion at a munitions factory in Kanggye on May 4.']))).toEqual(['other']);
    expect(types(extract(['About 200 North Korean women at a seafood plant in Hunchun staged a sit-in on May 4 over unpaid wages.']))).toEqual(['other']);
  });

  it.each([
    'Four students drafted to a housing project in Wonsan died when a retaining wall gave way on the night of June 3.',
    'A fire that broke out at a workshop of a machine complex in Chongjin last week killed at least four workers.',
    'A passenger train derailed near Kowon in South Hamgyong province on Aug. 28.',
    'A passenger train bound for Chongjin came off the tracks near Kilju on Aug. 19, injuring dozens of people.',
    'In January, a fishing boat from Wonsan sank in rough seas with its crew of eleven.',
    'Three middle school students drowned in a reservoir in Pyoksong County on May 28 while mobilized for rice planting.',
    'An explosion tore through a workshop at a munitions factory in Kanggye on Jan. 5.',
    'Hundreds of women traders at the market in Chongjin protested to market officials last week.',
  ])('reads more accidents and protests as `other`: %s', (sentence) => {
    expect(typesIn(sentence)).toContain('other');
  });

  it('leaves someone who drowned crossing the river to the escape', () => {
    expect(typesIn('Two women drowned while trying to cross the Tumen River near Musan.')).not.toContain('other');
    expect(typesIn('A woman who tried to swim across the Yalu drowned last month.')).not.toContain('other');
  });

  it('leaves an accident with no harm, and a death only claimed, alone', () => {
    expect(extract(['A truck accident closed the road to Hyesan on May 4.'])).toEqual([]);
    expect(extract(['For three years her parents told neighbours in Kimchaek she had died in an accident in China.'])).toEqual([]);
  });
});

describe('families punished at home', () => {
  it('reads a known family ordered out of its flat, taken from its home, or stripped after a province aside', () => {
    expect(types(extract(['The families of the four men were ordered out of their apartments in Sunchon on May 4.']))).toContain('family_punishment');
    expect(types(extract(['His wife and mother were taken from their apartment in Pyongyang on May 4.']))).toContain('family_punishment');
    expect(types(extract(['The families of the three in Kilju County, North Hamgyong Province, have been stripped of their party membership since May 4.']))).toContain('family_punishment');
  });

  it('does not read a family of four that vanished itself as punished', () => {
    expect(types(extract(['A family of four in Pochon county, Ryanggang province, disappeared on May 4.']))).not.toContain('family_punishment');
  });
});
