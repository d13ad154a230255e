import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('custody told plainly', () => {
  it('reads people handed to a named branch of the security ministry as captured', () => {
    expect(types(extractAll(['All four were handed to the county branch of the Ministry of State Security in Onsong on Monday.']))).toContain('arrest');
  });

  it('reads people who remain in custody as held', () => {
    expect(types(extractAll(['At least four students in Pyongsong remain in custody, the source said.']))).toContain('arrest');
  });

  it('reads people taken away by no one named as captured, but relatives taken away as punished for another', () => {
    expect(types(extractAll(['Two crew members of a fishing boat in Sinpo were taken away on the 14th after a song was found on a phone.']))).toContain('arrest');
    const family = types(extractAll(['After he fled, his parents in Sinpo were taken away on the 14th.']));
    expect(family).toContain('family_punishment');
    expect(family).not.toContain('arrest');
    // Taken away from a place to be sent elsewhere is no capture by itself.
    expect(types(extractAll(['The books were taken away from the school library in Sinpo on the 14th.']))).not.toContain('arrest');
  });
});
