import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe("another state's council and the North's own customs stop", () => {
  it("does not read another state's emergency meeting as a session", () => {
    const out = extractAll(["Seoul's presidential office called an emergency meeting of the National Security Council and warned of a firm response."], '2020-06-17');
    expect(types(out)).not.toContain('indoctrination');
  });

  it('reads a trader stopped by customs at a bridge and handed to security as an arrest, not a return', () => {
    const out = extractAll(
      ['A fish trader was stopped at the customs post on the Sino-Korean Friendship Bridge on May 3 with copper in his truck and handed over to state security.'],
      '2015-05-20',
    );
    expect(types(out)).not.toContain('repatriation');
    expect(types(out)).toContain('arrest');
  });

  it('still reads a handover at a bridge after a capture abroad as a return', () => {
    const out = extractAll(['Chinese police drove the woman to Dandong, and she was handed to state security officials at the Sino-Korean Friendship Bridge on May 3.'], '2015-05-20');
    expect(types(out)).toContain('repatriation');
  });
});
