import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '@/lib/geo/gazetteer';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { findRoledMentions } from '@/lib/ingest/extract/place-roles';
import { extractAll } from './helpers';

const typesOf = (paragraphs: string[], publishedAt = '2024-06-20') => extractAll(paragraphs, publishedAt).map((i) => i.type);
const roleOf = (s: string, id: string) => findRoledMentions(s).find((m) => m.place.id === id)?.role;

describe('kinds told in the present', () => {
  it.each([
    ['Rights groups have warned that people sent back face interrogation, torture and long terms in prison camps.', 'trial'],
    ['In practice, people caught in China are held at local police stations or detention centers, often for weeks, before being handed to North Korea’s border security agents at crossings such as Dandong or Tumen.', 'repatriation'],
    ['When North Koreans cross the Tumen or Yalu rivers into China, they enter a country that does not see them as refugees.', 'defection'],
    ['"Punishing the parents doesn\'t change that," the source said.', 'family_punishment'],
    ['Industrial goods from China are scarce in Hyesan, and vendors say inspection teams regularly check whether stalls hold proper permits, making many reluctant to display their goods.', 'crackdown'],
  ])('%s', (sentence, type) => {
    expect(typesOf([sentence])).not.toContain(type);
  });
});

describe('an event already told, named again', () => {
  it.each([
    'A second source, from the nearby county of Musan, said word of the executions had spread quickly along the border.',
    'This is believed to be among the first executions under the law on rejecting reactionary ideology, adopted at the end of last year.',
  ])('%s', (sentence) => {
    expect(typesOf([sentence], '2020-11-20')).not.toContain('execution');
  });

  it('reads "executing a fifth" as an execution', () => {
    expect(findTriggers('The court sentenced four residents to labor camps and executing a fifth.').map((t) => t.type)).toContain('execution');
  });
});

describe('audiences and verdicts read out', () => {
  it('reads the crowd summoned to the execution told before as part of it', () => {
    const out = typesOf(['Two men were publicly executed at the Hyesan airfield on Tuesday.', 'Residents from nearby neighborhoods were mobilized to attend.']);
    expect(out).toEqual(['execution']);
  });

  it('still reads lectures people were forced to attend after a sentence as a session', () => {
    const out = typesOf(['A teenager in Haeju was sentenced to 12 years in 2021.', 'Residents of Hyesan were forced to attend lectures on the new law in May.']);
    expect(out).toContain('indoctrination');
  });

  it('reads sentences read out at meetings as the verdict, not a session', () => {
    expect(findTriggers("The sentences were read out at meetings of the women's union in several districts as a warning.").map((t) => t.type)).not.toContain('indoctrination');
  });
});

describe('vanished into custody and received in the South', () => {
  it('reads a family that disappeared and is believed taken to a camp as no escape', () => {
    const out = typesOf(['A family of four in Kimjongsuk County, Ryanggang Province, disappeared from their home in late October, and neighbors believe they were taken to a political prison camp because their eldest son, who had escaped to South Korea, was sending them money, a reporting partner in the province said.'], '2015-11-10');
    expect(out).not.toContain('defection');
  });

  it('reads a soldier taken into custody after crossing the line as no arrest', () => {
    const out = typesOf(['In August, another North Korean soldier crossed the line in the central sector and was also taken into custody.'], '2026-09-10');
    expect(out).not.toContain('arrest');
  });
});

describe('places of a journey and of an exile', () => {
  it('reads the town a traveller was heading to as no scene', () => {
    expect(roleOf('A woman traveling to Pyongsong with two suitcases was taken off the platform by railway security officers.', 'kp-pyongsong')).toBe('destination');
  });

  it('reads the county relatives were trucked to as their exile', () => {
    expect(roleOf("The soldier's parents were removed from their apartment and taken by truck to Kimhyongjik County.", 'kp-kimhyongjik')).toBe('destination');
  });
});

describe('the Mekong route', () => {
  it('knows Chiang Saen, Chiang Rai and Houayxay', () => {
    expect(findPlaceMentions('They landed near Chiang Saen in Chiang Rai after crossing from Houayxay.').map((m) => m.place.id)).toEqual(['th-chiang-saen', 'th-chiang-rai', 'la-houayxay']);
  });
});

describe('what happens each time', () => {
  it('is a habit, not a case', () => {
    const out = typesOf(["The issue returns to international attention each time a large repatriation is reported, but Beijing's policy has not changed in decades."]);
    expect(out).not.toContain('repatriation');
  });

  it('still reads a repatriation told on its own', () => {
    expect(typesOf(['Chinese border police handed five North Korean women over to the North at the Friendship Bridge last week.'])).toContain('repatriation');
  });
});
