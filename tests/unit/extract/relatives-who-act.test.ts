import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('a relative who acts', () => {
  it('is not punished: "his sister dismissed hopes of talks"', () => {
    expect(types(extractAll(["The leader's sister later dismissed hopes of talks as wishful thinking, state media said on Monday."], '2021-06-22'))).not.toContain('family_punishment');
    expect(types(extractAll(['His sister was dismissed from her post at the trade bank in May.'], '2021-06-22'))).toContain('family_punishment');
  });
});
