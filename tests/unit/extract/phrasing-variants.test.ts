import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extract, extractAll } from './helpers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('more ways to tell the same events', () => {
  it.each([
    ['A guard hanged himself in the barracks in Manpo.', 'other'],
    ['The passports of all the loggers were collected.', 'crackdown'],
    ['Customs officers did, however, seize a shipment of beer.', 'crackdown'],
  ])('%s', (sentence, type) => {
    expect(typesIn(sentence)).toContain(type);
  });
});

describe('dates of long phrases and new measures', () => {
  it('dates a family punishment after its verb, not inside the relative clause', () => {
    const out = extract(['Relatives of a Hoeryong man who fled in January were taken away by state security in March.'], '2024-06-20');
    expect(out.find((i) => i.type === 'family_punishment')?.date).toBe('2024-03');
  });

  it('dates a measure that "has started" to the month of the report', () => {
    const out = extract(['In Dandong, managers have started signal tracking on the workers’ phones.'], '2024-06-20');
    expect(out[0]).toMatchObject({ type: 'crackdown', date: '2024-06' });
  });

  it('dates "the same week" from the event before', () => {
    const out = extract(['A worker disappeared from a plant in Nakhodka in late May.', 'The passports of the other workers were collected the same week.'], '2024-06-20');
    expect(out.find((i) => i.type === 'crackdown')?.date).toBe('2024-05');
  });
});

describe('where punished relatives live', () => {
  it('adds one family punishment per home the next sentence names, even for nearby towns', () => {
    const out = extract(['Relatives of a Chongjin man who fled were taken away by state security in March. His parents live in Chongjin and his brother in Kyongsong.'], '2024-06-20');
    const family = out.filter((i) => i.type === 'family_punishment');
    expect(family.map((i) => i.placeName).sort()).toEqual(['Chongjin', 'Kyongsong County']);
    expect(family.every((i) => i.date === '2024-03')).toBe(true);
  });

  it('adds nothing when no punishment came before', () => {
    const out = extract(['Prices rose in May. His parents live in Chongjin and his brother in Kyongsong.'], '2024-06-20');
    expect(out).toEqual([]);
  });
});

describe('generic statements and finds abroad', () => {
  it('reads how things are usually done, or what tools are used in, as no event', () => {
    expect(extract(['Cadres who are under investigation are usually expelled from the party.'])).toEqual([]);
    expect(extract(['Scanners bought abroad are reportedly used in house-to-house checks in Hyesan.'])).toEqual([]);
  });

  it('reads a foreign force finding a missing worker and handing him to the embassy as arrest and return', () => {
    const out = extract(['Lao police found a North Korean worker in Vientiane on June 3 and handed him to embassy staff.']);
    expect(out.map((i) => [i.type, i.placeName]).sort()).toEqual([['arrest', 'Vientiane'], ['repatriation', 'Vientiane']]);
  });

  it('dates "have already been detained" to the month of the report', () => {
    const out = extract(['Three managers in Wonsan have already been detained.'], '2024-06-20');
    expect(out[0]).toMatchObject({ type: 'arrest', date: '2024-06' });
  });
});

describe('workers abroad, bodies found, relatives in two towns', () => {
  it('reads running away from a work camp abroad as an escape, not a camp term', () => {
    const out = extract(['Two builders ran away from their labour camp in Dubai in early June.', 'The embassy asked Emirati police to detain them.']);
    expect(out.map((i) => [i.type, i.placeName]).sort()).toEqual([['defection', 'Dubai'], ['repatriation', 'Dubai']]);
  });

  it('keeps an investigation inside a "body was found" sentence and adds the death', () => {
    const types = extractAll(['The body of an official who was being investigated was found in a river in Hamhung on June 2.']).map((i) => i.type).sort();
    expect(types).toEqual(['crackdown', 'other']);
  });

  it('reads a numbered camp after a possessive town as a place', () => {
    expect(findTriggers("An inmate of Kaechon's Kyohwaso No. 1 was executed.").map((t) => t.type)).toEqual(['execution']);
  });

  it('makes one family punishment per relative and town, taking the town named nearest the verb', () => {
    const out = extractAll(['After a Kanggye man reached Seoul, his wife in Kanggye and his son in Manpo were both taken in for questioning.']);
    expect(out.filter((i) => i.type === 'family_punishment').map((i) => i.placeName).sort()).toEqual(['Kanggye', 'Manpo']);
  });

  it('still reads heads of household "taken into custody" as an arrest', () => {
    expect(findTriggers('Both heads of household were taken into custody.').map((t) => t.type)).toEqual(['arrest']);
  });

  it('ignores escapes in a where-clause about the past and in a "for years the main gateway" aside', () => {
    expect(extract(['Onsong, where crossings of the river were once common, now has a new fence.'])).toEqual([]);
    expect(extract(['Dandong, for years the main gateway for people fleeing the North, has new cameras.'])).toEqual([]);
  });
});

describe('workers who vanish abroad, station searches, relatives in nearby towns', () => {
  it('reads a worker abroad who "disappeared" as an escape, and a search of stations as a crackdown', () => {
    expect(findTriggers('A waitress at a restaurant in Hanoi disappeared in May.').map((t) => t.type)).toEqual(['defection']);
    expect(findTriggers('Guards searched bus stations and hotels for her.').map((t) => t.type)).toEqual(['crackdown']);
  });

  it('keeps two relatives punished in two nearby towns in one sentence apart', () => {
    const out = extractAll(['After their son fled, the father, a clerk in Kilju, was dismissed, and the mother, a nurse in Hwadae, was sent to a farm.']);
    expect(out.filter((i) => i.type === 'family_punishment').map((i) => i.placeName).sort()).toEqual(['Hwadae County', 'Kilju County']);
  });

  it('dates a search that staff "have since been" making to the month of the report', () => {
    const out = extract(['Embassy staff in Hanoi have since been searching guesthouses for the two women.'], '2024-06-20');
    expect(out.find((i) => i.type === 'crackdown')?.date).toBe('2024-06');
  });

  it('lets a counted group opening the next paragraph continue the event before it', () => {
    const out = extract(['Officials swept the villages of Kapsan with detectors in early June.', 'Two residents found with phones were detained.'], '2024-06-20');
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-06');
  });
});

describe('a list of towns belongs to one verb', () => {
  it('keeps the last town of a list with the verb before it, not a noun after it', () => {
    const out = extractAll(['Forty people were detained in Onsong, Hoeryong and Musan during a week-long sweep in early June.']);
    expect(out.filter((i) => i.type === 'arrest').map((i) => i.placeName).sort()).toEqual(['Hoeryong', 'Musan County', 'Onsong County']);
  });
});

describe('live-in workplaces, habitual arrests, escorted returns, barred relatives', () => {
  it('reads staff made to live inside their workplace as a crackdown', () => {
    expect(findTriggers('The other cooks now eat and sleep inside the restaurant.').map((t) => t.type)).toEqual(['crackdown']);
  });

  it('drops an arrest told as what usually happens', () => {
    expect(findTriggers('People caught watching films are often sent away.').length).toBeGreaterThan(0);
    expect(extract(['Groups say people caught watching films in Hyesan are often sent to camps.'])).toEqual([]);
  });

  it('reads a smuggler escorted back across the border as a return', () => {
    expect(findTriggers('Chinese police escorted a North Korean smuggler back across the border.').map((t) => t.type)).toContain('repatriation');
  });

  it('reads a relative "barred from leaving" as a family punishment', () => {
    expect(findTriggers('The captain and his wife, a nurse in Kilju, were both barred from leaving town.').map((t) => t.type)).toEqual(['family_punishment']);
  });

  it('lists a city and its counties as separate places when the list closes with "and"', () => {
    const out = extractAll(['The families of the sailors, in Nampo, Onchon and Kangso, were sent to farms in May.']);
    expect(out.filter((i) => i.type === 'family_punishment')).toHaveLength(3);
    expect(extractAll(['Police searched homes in Chongjin, Sunam District in May.']).map((i) => i.placeName)).toEqual(['Sunam District, Chongjin']);
  });
});

describe('signal tracking, disappearances, trials after transfers, end-of-month dates', () => {
  it('reads tracking phone signals as surveillance and a call caught as an arrest, not a punished daughter', () => {
    const out = extract(['Agents in Musan have been tracking the signals of Chinese phones since early June.', 'A woman caught calling her daughter in Seoul was taken to the county security office.'], '2024-06-20');
    expect(out.map((i) => i.type).sort()).toEqual(['arrest', 'crackdown']);
  });

  it('reads "has not been heard from since" as a disappearance even after "failed to"', () => {
    expect(findTriggers('One student who failed to report in May has not been heard from since.').map((t) => t.type)).toEqual(['defection']);
  });

  it('keeps a trial told after a transfer', () => {
    expect(findTriggers('Seven detainees were transported to Camp No. 25 after a closed trial on June 4.').map((t) => t.type)).toEqual(['other', 'trial']);
  });

  it('dates "the end of the month" to the month named before it', () => {
    const out = extract(['A woman was arrested by Chinese police in Yanji in early October and sent back to North Korea at the end of the month.'], '2024-11-27');
    expect(out.find((i) => i.type === 'repatriation')?.date).toBe('2024-10');
  });

  it('reads families "whose relatives defected" as punished at home, not sent-to villages', () => {
    const out = extract(['Three families whose relatives defected were expelled from Rason to farming villages in Kyongwon and Onsong in May.']);
    expect(out.map((i) => [i.type, i.placeName])).toEqual([['family_punishment', 'Rason']]);
  });

  it('reads what a law says happens to "anyone caught" as no event', () => {
    expect(extract(['Under the new law, anyone caught sharing films in Hyesan faces ten years in a camp.'])).toEqual([]);
  });
});

describe('audits, roadblocks, missing workers, hangings, kneeling, passports taken', () => {
  it.each([
    ['Auditors from the capital began combing through the books of trading firms.', 'crackdown'],
    ['Soldiers set up roadblocks and checked every car for permits.', 'crackdown'],
    ['A doctor working at a clinic abroad has been missing since March 20.', 'defection'],
    ['Two men were hanged on May 20 for stealing grain.', 'execution'],
    ['A student was forced to kneel in front of his school for two hours.', 'other'],
    ['The remaining staff have had their passports taken by the embassy.', 'crackdown'],
  ])('%s', (sentence, type) => {
    expect(findTriggers(sentence).map((t) => t.type)).toContain(type);
  });

  it('does not read "an audit found" or "their trial" wrongly', () => {
    expect(findTriggers('Police arrested the two after an audit found missing copper.').map((t) => t.type)).toEqual(['arrest']);
    expect(findTriggers('Their trial was held in the city.').map((t) => t.type)).toEqual(['trial']);
  });

  it('reads where an evicted relative is sent to live as no scene, and "home to" asides as background', () => {
    const out = extract(['The mother of a defector was evicted from her flat in Hamhung and sent to live with relatives in Sinpo in May.']);
    expect(out.map((i) => [i.type, i.placeName])).toEqual([['family_punishment', 'Hamhung']]);
    expect(extract(['Musan, home to a large mine and long a place where miners slipped across the river, produced less ore.'])).toEqual([]);
  });
});

describe('evictions, checked laptops, deaths after beatings, holiday-eve dates, arrest trends', () => {
  it('reads relatives "moved out of" their flat as a family punishment', () => {
    expect(findTriggers('His wife and two sons were moved out of their flat.').map((t) => t.type)).toEqual(['family_punishment']);
  });

  it('reads laptops that "are checked" as a crackdown and a death after a beating as `other`', () => {
    expect(findTriggers('Their laptops are checked every evening.').map((t) => t.type)).toEqual(['crackdown']);
    expect(findTriggers('Guards beat a detained woman so badly that she died two days later.').map((t) => t.type)).toContain('other');
  });

  it('dates raids "in the days before Party Foundation Day" to October', () => {
    const out = extract(['In the days before Party Foundation Day, police in Hamhung raided a dozen homes.'], '2025-10-16');
    expect(out[0]).toMatchObject({ type: 'crackdown', date: '2025-10' });
  });

  it('reads a trend in arrests as background', () => {
    expect(extract(['Analysts say arrests for phone use have risen in Hyesan and Hoeryong.'])).toEqual([]);
  });
});

describe('walk-offs, searches abroad, deaths in questioning, door-to-door checks, lost jobs', () => {
  it.each([
    ['A plasterer walked off a building site on May 14 and never returned.', 'defection'],
    ['Russian police, contacted by the embassy, are now searching for him.', 'repatriation'],
    ['A cadre being questioned threw himself from his office window.', 'other'],
    ['Officials have been going from house to house checking who is absent.', 'crackdown'],
    ['His brother, who worked at the railway bureau, lost his job.', 'family_punishment'],
  ])('%s', (sentence, type) => {
    expect(findTriggers(sentence).map((t) => t.type)).toContain(type);
  });

  it('reads "a woman caught trying to escape was shot in front of" as one execution', () => {
    expect(findTriggers('A woman caught trying to escape was shot in front of the prisoners.').map((t) => t.type)).toEqual(['defection', 'execution']);
  });
});
