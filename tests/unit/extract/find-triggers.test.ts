import { describe, expect, it } from 'vitest';
import { isBackground, isGeneric } from '@/lib/ingest/extract/factuality';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('findTriggers: one trigger family per type', () => {
  it.each([
    ['Police officers detained two traders at the station.', 'arrest'],
    ['The teacher was taken into custody by security agents.', 'arrest'],
    ['The woman was caught by border guards near the river.', 'arrest'],
    ['The student was taken in by state security agents in late January.', 'arrest'],
    ['Since the escape, the managers have collected the passports of all their workers.', 'crackdown'],
    ['Security officials locked away the phones of the remaining crew.', 'crackdown'],
    ['Officials began a household survey in the border towns in March.', 'crackdown'],
    ['A court sentenced him to ten years of hard labor.', 'trial'],
    ['He was sent to a re-education camp.', 'trial'],
    ['Two men received life sentences at a public trial.', 'trial'],
    ['The official was executed by firing squad.', 'execution'],
    ['The court handed down a death sentence.', 'execution'],
    ['A soldier defected across the border last week.', 'defection'],
    ['Three workers went missing from a site abroad.', 'defection'],
    ['A family was stopped while trying to escape.', 'defection'],
    ['China repatriated the five women in October.', 'repatriation'],
    ['Chinese police handed them over to North Korean guards.', 'repatriation'],
    ['His parents were banished to a remote village.', 'family_punishment'],
    ['Agents stripped his father of party membership.', 'family_punishment'],
    ['A task force searched homes for foreign videos.', 'crackdown'],
    ['Inspectors confiscated dozens of phones.', 'crackdown'],
    ['Residents had to attend a lecture on loyalty.', 'indoctrination'],
    ['Workers wrote self-criticism for a week.', 'indoctrination'],
    ['Each night the staff had to take turns criticising themselves before the manager.', 'indoctrination'],
    ['The brigade has held ideological review sessions in every company since May.', 'indoctrination'],
    ['Students were made to read out pledges at meetings of their youth league units.', 'indoctrination'],
    ['Farm workers were summoned on Monday to a meeting where officials condemned grain theft.', 'indoctrination'],
    ['The college held an all-faculty meeting at which the case was read out.', 'indoctrination'],
  ])('%s → %s', (sentence, type) => {
    expect(typesIn(sentence)).toContain(type);
  });

  it('reads "sentenced to death" as an execution, not a trial', () => {
    expect(typesIn('He was sentenced to death for theft.')).toEqual(['execution']);
  });

  it('reads questioning as a capture only when a security force does it or it lasts', () => {
    // Each of these is held in custody: the force is named, or the questioning goes on for days.
    expect(typesIn('Border police questioned the two traders at the checkpoint.')).toContain('arrest');
    expect(typesIn('The driver was questioned by the county security department.')).toContain('arrest');
    expect(typesIn('The cook was questioned for three days before being let go.')).toContain('arrest');
    // Questions put to officials, pupils or traders, with no force and no length, take nobody in.
    expect(typesIn('The clerks who signed the permit are being questioned.')).not.toContain('arrest');
    expect(typesIn('Several pupils were questioned about the film they had watched.')).not.toContain('arrest');
    expect(typesIn('They were questioned by a committee of teachers.')).not.toContain('arrest');
  });

  it('reads the state asking another country to catch and return its people as a repatriation', () => {
    expect(typesIn('The consulate asked the Russian side to catch the three loggers and send them home.')).toContain('repatriation');
    expect(typesIn('Provincial security officially requested China to return the women.')).toContain('repatriation');
    expect(typesIn('The embassy asked Russia’s interior ministry to find the men.')).toContain('repatriation');
    expect(typesIn('Diplomats asked local police in mid-May to track the worker down.')).toContain('repatriation');
    expect(typesIn('Agents gave his photo to the police and asked that he be detained and sent back.')).toContain('repatriation');
    // Asking a country not to send people back, or to stop, is no return.
    expect(typesIn('Seoul urged China not to return the defectors.')).not.toContain('repatriation');
    expect(typesIn('Rights groups urged Beijing to stop sending escapees home.')).not.toContain('repatriation');
  });

  it('reads people held before they were "not heard from since" as held, and a bare "crossed" told with its time as a crossing', () => {
    expect(typesIn('The detained workers were taken across the border and have not been heard from since.')).not.toContain('defection');
    expect(typesIn('Two workers left the site in March and have not been seen since.')).toContain('defection');
    expect(typesIn('A couple and their daughter crossed in late April, the source said.')).toContain('defection');
    expect(typesIn('The trucks crossed at the bridge every morning.')).not.toContain('defection');
  });

  it('reads a border crossing named as a place as no escape', () => {
    expect(typesIn('Chinese police handed the five women to North Korean guards at the border crossing between Quanhe and Wonjong.')).not.toContain('defection');
    expect(typesIn('They were taken back through the crossing at Tumen on Friday.')).not.toContain('defection');
    // Crossing as a verb is still the escape.
    expect(typesIn('The two soldiers crossed the frozen Yalu at night.')).toContain('defection');
  });

  it('reads a conviction told as who the executed were as the execution’s verdict', () => {
    expect(typesIn('Three smugglers convicted of selling copper were publicly executed in Hyesan.')).toEqual(['execution']);
    // A conviction told as its own step stays a trial.
    expect(typesIn('Three smugglers were convicted of selling copper and later publicly executed in Hyesan.')).toEqual(['trial', 'execution']);
  });

  it('reads people not seen since they were taken as held, not escaped', () => {
    expect(typesIn('His parents were taken from their flat in March and have not been seen since.')).not.toContain('defection');
    expect(typesIn('A cook at the restaurant has not been seen since March.')).toContain('defection');
  });

  it('reads relatives sent to a camp with no court named as punished, not tried', () => {
    expect(typesIn('Relatives of two of the detained men have since vanished from their homes, the source added, and neighbours believe they were sent to a prison camp.')).toEqual(['family_punishment']);
    // A court or a term makes it a sentence.
    expect(typesIn('Relatives of two of the detained men have since vanished from their homes, the source added, and neighbours say a court sent them to a prison camp for ten years.')).toContain('trial');
  });

  it('reads an age ("the 30-year-old") as no term: a camp that neighbours guess at stays hearsay', () => {
    expect(typesIn('Neighbours believe the 30-year-old was sent to a political prison camp.')).toEqual([]);
    expect(typesIn('Neighbours say the man was given 15 years in a political prison camp.')).toContain('trial');
  });

  it('finds two incidents in one sentence', () => {
    expect(typesIn('The man was arrested and sent to a labor camp.')).toEqual(['arrest', 'trial']);
    expect(typesIn('She was caught by agents, and a family was stopped while trying to escape.')).toEqual(['arrest', 'defection']);
  });

  it('reads a family sent to a camp as a family punishment, not a trial', () => {
    expect(typesIn('His family was sent to a political prison camp.')).toEqual(['family_punishment']);
  });
});

describe('negations and hypotheticals are not incidents', () => {
  it.each([
    'The agents failed to arrest any of them.',
    'Smugglers face as many as seven years in a labor camp.',
    'Officials who let them go may be expelled from the party.',
    'Those involved can expect to be executed.',
    'The law calls for forced labor for leaking secrets.',
    'Residents were told to report anyone planning to defect.',
    'It is fortunate that my parents weren’t relocated.',
  ])('%s', (sentence) => {
    expect(findTriggers(sentence)).toEqual([]);
  });

  it('ignores "tried to" but keeps "tried" as a court verb', () => {
    expect(typesIn('He tried to hide the phone.')).toEqual([]);
    expect(typesIn('The court tried several cadres last month.')).toEqual(['trial']);
  });
});

describe('background and generic sentences', () => {
  it('flags earlier reports, law descriptions and habits', () => {
    expect(isBackground('Daily NK previously reported that phones were confiscated.')).toBe(true);
    expect(isBackground('Article 60 of the criminal code sets the punishment.')).toBe(true);
    expect(isBackground('The state has held such lectures every year since the 1990s.')).toBe(true);
    expect(isBackground('Agents arrested a man on May 3.')).toBe(false);
  });

  it('flags talk about kinds of people', () => {
    expect(isGeneric('There are even cases of people crossing the border.')).toBe(true);
    expect(isGeneric('Those who flee are traitors.')).toBe(true);
    expect(isGeneric('The other people who drank with him were questioned.')).toBe(false);
  });
});

describe('relatives who send or receive', () => {
  it('finds no punishment in money or goods a relative sent, and still finds relatives sent away', () => {
    expect(findTriggers('She used the phone to collect money sent by her son in Seoul through a broker.')).toEqual([]);
    expect(findTriggers('He had sent cash to his sister in Hyesan twice a year.').map((t) => t.type)).toEqual([]);
    expect(findTriggers('Border towns depend on money sent from relatives in China.')).toEqual([]);
    expect(findTriggers('His wife and two daughters were sent to a farm in Hwadae County.').map((t) => t.type)).toEqual(['family_punishment']);
    expect(findTriggers('Agents detained the parents of the missing worker.').map((t) => t.type)).toEqual(['family_punishment']);
  });
});
