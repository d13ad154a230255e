import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('crossings by drift and captures told as "picked up"', () => {
  it('reads a boat that drifted across the sea border as an escape only when those aboard ask to stay', () => {
    const stay = extractAll(['A wooden boat with two fishermen from Ongjin drifted across the Northern Limit Line on Saturday, and both men said they wish to settle in the South.']);
    expect(types(stay)).toContain('defection');
    const home = extractAll(['A wooden boat with two fishermen from Ongjin drifted across the Northern Limit Line on Saturday after its engine failed, and both men asked to go home.']);
    expect(types(home)).not.toContain('defection');
  });

  it('reads people "picked up" in the passive as a capture, but not a lift or goods', () => {
    expect(types(extractAll(['In Musan, three men were picked up a week later after agents traced a call near the mine.']))).toContain('arrest');
    expect(types(extractAll(['In Musan, three men were picked up by a car at the river and driven to Yanji.']))).not.toContain('arrest');
    expect(types(extractAll(['In Musan, the parcels were picked up at the station a week later.']))).not.toContain('arrest');
  });
});
