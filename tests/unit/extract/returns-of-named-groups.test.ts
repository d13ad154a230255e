import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('returns told with the group named between verb and goal', () => {
  it('reads a named group bused across a named bridge as a return', () => {
    const out = extractAll(['Chinese police bused a large group of detained North Korean women across the Sino-Korean Friendship Bridge on Monday night, a trader said.']);
    expect(types(out)).toContain('repatriation');
  });

  it('reads people "returned to their home country" by others as a return, but not people who went home', () => {
    expect(types(extractAll(['Chinese authorities returned around 40 North Korean escapees to their home country on Oct. 9, sources said.']))).toContain('repatriation');
    expect(types(extractAll(['Most of the Chinese tourists returned to their home country on Oct. 9 after the festival in Rason.']))).not.toContain('repatriation');
  });
});
