import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('counted people are no class of people', () => {
  it('reads agents who arrested "five people who had been gathering" as an arrest', () => {
    const out = extractAll(['Police in Haeju arrested five people who had been gathering secretly to pray, a source said.'], '2021-11-10');
    expect(types(out)).toContain('arrest');
  });

  it('still reads "people who sell" as a class of people', () => {
    const out = extractAll(['Police arrest people who sell foreign films, a source said.'], '2021-11-10');
    expect(types(out)).not.toContain('arrest');
  });
});

describe('the body that made an arrest', () => {
  it('reads "arrested by a special task force" as one arrest, no campaign of its own', () => {
    const out = extractAll(['The source said the two had been arrested in March by a special task force sent from Pyongyang.'], '2024-05-02');
    expect(types(out)).toEqual(['arrest']);
  });

  it('still reads a task force sent to a town with no capture as a control', () => {
    const out = extractAll(['A special task force sent from Pyongyang has been searching homes in Hyesan since March.'], '2024-05-02');
    expect(types(out)).toContain('crackdown');
  });
});

describe('a capture told as being taken from home', () => {
  it('reads a man "taken from his home" on a date as an arrest', () => {
    const out = extractAll(['In Hyesan, a copper smuggler was taken from his home in the riverside district on March 4, a source said.'], '2019-03-26');
    expect(types(out)).toContain('arrest');
  });

  it('does not read things taken from a home as an arrest', () => {
    const out = extractAll(['Two television sets were taken from their home in Hyesan on March 4, a source said.'], '2019-03-26');
    expect(types(out)).not.toContain('arrest');
  });
});

describe('a capture told as taking a long list of people into custody', () => {
  it('reads "took the director and the chief engineer of the plant into custody" as an arrest', () => {
    const out = extractAll(['In Kimchaek, police took the director and the chief engineer of the steel plant into custody on May 3 after the blast.'], '2021-05-20');
    expect(types(out)).toContain('arrest');
  });
});
