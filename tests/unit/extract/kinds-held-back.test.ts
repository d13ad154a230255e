import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesOf = (sentence: string) => extractAll([sentence], '2024-06-20').map((i) => i.type);

describe('kinds of event, not cases', () => {
  it.each([
    ['The rapporteur urged China to respect non-refoulement, telling the committee that North Koreans sent back face "torture and arbitrary detention."', 'arrest'],
    ['Enforcement relies on the tools the state has used for decades: inspection teams and regular lectures.', 'indoctrination'],
    ['Defectors say what has changed is the severity of sentences and the use of public trials to make examples of offenders.', 'trial'],
  ])('%s', (sentence, type) => {
    expect(typesOf(sentence)).not.toContain(type);
  });

  it('reads a kind held back ("had almost halted defections") as no escape', () => {
    expect(findTriggers('It said the measures had almost halted defections.')).toEqual([]);
  });

  it('reads "escaped" before the people it names as no escape ("send escaped workers back")', () => {
    expect(findTriggers('The agreement has made it easier for Moscow to send escaped workers back.')).toEqual([]);
    expect(findTriggers('Two workers escaped from the logging camp in March.').map((t) => t.type)).toEqual(['defection']);
  });

  it('reads the flight of the sources a report cites as who they are, not an escape', () => {
    expect(findTriggers('A rights group said three people were executed in Hyesan, citing witnesses who later fled the country.').map((t) => t.type)).not.toContain('defection');
    expect(findTriggers('Two soldiers who later fled the country were arrested.').map((t) => t.type)).toContain('defection');
  });

  it('still reads a stop that leads to an arrest', () => {
    expect(findTriggers('Police stopped the car and arrested the driver.').map((t) => t.type)).toEqual(['arrest']);
  });
});

describe('a thing described by a phrase of its own', () => {
  it('is no person who vanished', () => {
    expect(findTriggers('Vendors say goods with Korean writing on them have disappeared from the stalls.')).toEqual([]);
  });
});
