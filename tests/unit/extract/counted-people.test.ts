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
