import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('sessions held on an order, and lectures told with their verb', () => {
  it('reads units told to hold meetings where residents had to promise something as a session held', () => {
    const out = extractAll(
      ['After the arrests, watch units across Hyesan were told to hold emergency meetings where residents had to promise to report anyone with a foreign phone.'],
      '2019-04-20',
    );
    expect(types(out)).toContain('indoctrination');
  });

  it('still reads an order to hold meetings, with nothing told as done at them, as no session yet', () => {
    const out = extractAll(['Watch units across Hyesan were told to hold emergency meetings next month.'], '2019-04-20');
    expect(types(out)).not.toContain('indoctrination');
  });

  it('reads an official who lectured on a law as a session', () => {
    const out = extractAll(['On March 10, dock workers in Haeju were gathered in a hall, where an official lectured on the secrets law.'], '2026-03-20');
    expect(types(out)).toContain('indoctrination');
  });
});
