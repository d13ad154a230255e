import { describe, expect, it } from 'vitest';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { extract, extractAll, types } from './helpers';

const roleOf = (sentence: string, name: string) => findRoledMentions(sentence).find((m) => m.text.startsWith(name))?.role;

describe('which verb a place belongs to', () => {
  it('gives a place after the first verb to that verb, not to the verb after "and then"', () => {
    const out = extract(['Police in South Hamgyong province detained a trader in a hamlet outside Hongwon county and then evicted his wife from their flat.']);
    expect(out.find((i) => i.type === 'arrest')?.placeName).toBe('Hongwon County');
  });

  it('gives a place after the clause boundary to the second verb', () => {
    const out = extract(['Police in Tanchon detained a trader on Monday, and then agents evicted his wife from their flat in Hongwon county.']);
    expect(out.find((i) => i.type === 'arrest')?.placeName).toBe('Tanchon');
    expect(out.find((i) => i.type === 'family_punishment')?.placeName).toBe('Hongwon County');
  });

  it('takes a town used to measure distance as a reference point, not a scene', () => {
    const sentence = 'Police caught him in Ussuriysk, some 90 km north of Vladivostok, at a bus stop.';
    expect(roleOf(sentence, 'Ussuriysk')).toBe('scene');
    expect(roleOf(sentence, 'Vladivostok')).toBe('scope');
  });

  it('takes a town a source lives in as the source, however the town is introduced', () => {
    expect(roleOf('A second source in the neighbouring city of Kilju said the shooting was talked about for days.', 'Kilju')).toBe('source');
    expect(roleOf('A contact in the nearby county of Musan confirmed the trial.', 'Musan')).toBe('source');
    // The same words without a source name the scene.
    expect(roleOf('Guards shot a smuggler in the neighbouring city of Kilju.', 'Kilju')).toBe('scene');
  });

  it('takes where a punished family is resettled as its destination, but a camp it is taken to as the scene', () => {
    expect(roleOf('His parents were evicted from their flat in Musan and resettled in a hill village in Yonsa County.', 'Yonsa')).toBe('destination');
    expect(roleOf('Weeks later her parents were ordered out of Kimchaek and resettled in Hwadae County.', 'Hwadae')).toBe('destination');
    expect(roleOf('Weeks later her parents were ordered out of Kimchaek and resettled in Hwadae County.', 'Kimchaek')).toBe('scene');
    expect(roleOf('His wife and son were taken to the Yodok camp the next day.', 'Yodok')).toBe('scene');
  });

  it('takes where escapees are now believed to be as where they went', () => {
    expect(roleOf('The family crossed in late April and is now believed to be in China.', 'China')).toBe('destination');
  });

  it('takes where people meant to go as a destination, not the scene', () => {
    expect(roleOf('Two loggers fled a camp near Tynda, hoping to reach the consulate in Vladivostok.', 'Vladivostok')).toBe('destination');
    expect(roleOf('Police stopped the women in Yanji on their way to Shenyang.', 'Shenyang')).toBe('destination');
    expect(roleOf('Police stopped the women in Yanji on their way to Shenyang.', 'Yanji')).toBe('scene');
  });

  it('takes the town of a consulate that sent agents as their origin', () => {
    expect(roleOf('Officers from the North Korean consulate in Shenyang searched the workers’ rooms.', 'Shenyang')).toBe('origin');
  });

  it('takes where relatives are moved as their exile, not the scene', () => {
    expect(roleOf('His parents were sent to a mining village in Tanchon under guard.', 'Tanchon')).toBe('destination');
    // Without relatives, "sent to a camp in X" still names the scene of a term.
    expect(roleOf('The smuggler was sent to a camp in Tanchon.', 'Tanchon')).toBe('scene');
  });

  it('takes where people are still to be sent as a destination, not the scene of their sentence', () => {
    expect(roleOf('The court gave them five years, and they will be sent to a camp near Kilju.', 'Kilju')).toBe('destination');
    expect(roleOf('The court gave them five years, and they are to be moved to a camp near Kilju.', 'Kilju')).toBe('destination');
    // Already sent: the camp is where the term is served, as before.
    expect(roleOf('The court sent them to a camp near Kilju.', 'Kilju')).toBe('scene');
  });

  it('dates the main verb, not the relative clause before it', () => {
    const out = extract(['A logger who left his camp in Tynda in April was detained by Russian police, a source said.'], '2024-06-20');
    // Not April: the detention has no date of its own, so it is filed under the month of the report.
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-06');
  });
});

describe('contrast and negation', () => {
  it('keeps the places on either side of "while" with their own clauses', () => {
    const out = extract(['Inspectors confiscated shoes from traders in Kilju, while in neighbouring Myongchon County police detained two women last week.']);
    expect(out.filter((i) => i.type === 'arrest').map((i) => i.placeName)).toEqual(['Myongchon County']);
  });

  it('reads "none had been sentenced" as no trial', () => {
    expect(extract(['Four traders were held in Kilju in May. None of them had been sentenced as of Friday.']).filter((i) => i.type === 'trial')).toEqual([]);
  });
});

describe('background and statistics', () => {
  it('drops an earlier case recalled in a "since …, when" clause and keeps the news', () => {
    const out = extract([
      'A soldier crossed the military demarcation line in Cheorwon on Monday and was taken in by South Korean troops.',
      'It was the first crossing in that sector since spring last year, when two fishermen were detained after drifting south.',
    ]);
    expect(out.filter((i) => i.type === 'arrest')).toEqual([]);
    expect(types(out)).toContain('defection');
  });

  it.each([
    'A total of 196 defectors reached the South last year, the ministry said.',
    'The number of executions for drug dealing rose sharply, a report said.',
    'North Korea has in recent years tightened control over its state trading firms.',
    'Beijing treats North Koreans who cross the river without papers as illegal migrants.',
  ])('yields nothing from "%s"', (sentence) => {
    expect(extract([sentence])).toEqual([]);
  });

  it('keeps a capture as the first step of the punishment the sentence reports', () => {
    const chained = extract(['A teacher in Kilju was caught with foreign songs on a USB stick and was publicly executed in May.']);
    expect(types(chained)).toEqual(['execution']);
    const after = extract(['Twenty students in Kanggye were sent to labour camps after being caught sharing films in May.']);
    expect(types(after)).toEqual(['trial']);
    // A capture with no punishment in its sentence stays an arrest.
    expect(types(extract(['A teacher in Kilju was caught with foreign songs on a USB stick in May.']))).toEqual(['arrest']);
  });

  it('reads a capture that only says who was tried or lectured as part of that event, wherever it stands', () => {
    // A participle or a relative clause after the trial or the meeting it describes.
    expect(types(extractAll(['A public trial was held in Sunchon in May for four pupils caught copying foreign songs.']))).toEqual(['trial']);
    expect(types(extractAll(['A criticism meeting was held in Kilju in May for traders who were caught wearing foreign jeans.']))).toEqual(['indoctrination']);
    // The cause of a campaign, told after it.
    expect(types(extractAll(['Schools in Kilju have held study sessions on the language law since May, after a pupil was caught copying foreign slang.']))).toEqual(['indoctrination']);
    // With no trial, execution or session in the sentence, the capture is the event.
    expect(types(extractAll(['Police in Kilju arrested a man in May after he was caught carrying foreign films.']))).toEqual(['arrest']);
  });
});

describe('the story clock', () => {
  it('dates an undated capture by the month of a story told around one month', () => {
    const out = extract([
      'A border guard in Hoeryong deserted his unit early last month, a source said.',
      'Soldiers combed the riverbank for a week before the guard was caught in a barn.',
    ]);
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-05');
  });

  it('lends it no month of its own when the story spans two months: it is filed under the latest the story gives', () => {
    const out = extract([
      'A border guard in Hoeryong deserted his unit in March, a source said.',
      'In May, state security agents banished his parents from Hoeryong to a remote farm.',
      'A farmer in Musan found a soldier hiding in his barn, and the soldier was detained.',
    ]);
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-05');
  });
});

describe('where people were travelling toward', () => {
  it('is no scene of their capture, however many words name it', () => {
    const out = extractAll(['Police in Liaoning Province arrested six North Koreans who were travelling together toward the southern city of Kunming in March.'], '2016-04-10');
    expect(out.find((i) => i.type === 'arrest')?.placeName).toBe('Liaoning');
  });
});
