import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('a relative caught in the act or in the same capture', () => {
  it('reads a mother caught at the river and taken to security as an arrest', () => {
    const out = extractAll(['Her son was shot on the bank. The mother was caught and taken to the county security department, the source said.'], '2020-09-02');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('family_punishment');
  });

  it('reads a wife arrested at the same time as her husband as an arrest', () => {
    const out = extractAll(["A second source said the man's wife had been arrested at the same time and was still being questioned."], '2019-12-02');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('family_punishment');
  });

  it('still reads a wife detained after her husband fled as a family punishment', () => {
    const out = extractAll(["After he fled to China, the man's wife was detained by state security in Musan."], '2019-12-02');
    expect(types(out)).toContain('family_punishment');
  });
});
