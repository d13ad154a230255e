import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('a wish to stay told of people who arrived by sea', () => {
  it('reads a wish to settle "in South Korea" as the crossing told by the South', () => {
    const out = extractAll(['Two families who crossed the sea border near Baengnyeong Island on a small boat last week have expressed their wish to settle in South Korea, officials said.']);
    expect(types(out)).toContain('defection');
  });

  it('reads "and said they wished to defect" joined to an arrival as the crossing', () => {
    expect(types(extractAll(['Two men on a wooden boat were found off Samcheok on Saturday and said they wished to defect, the military said.']))).toContain('defection');
    // Those who asked to go home did not defect.
    expect(types(extractAll(['Two men on a wooden boat were found off Samcheok on Saturday and said they wished to go home, the military said.']))).not.toContain('defection');
  });
});
