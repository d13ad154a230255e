import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('sessions told as study or as duties laid on those present', () => {
  it('reads people summoned to study a law as a session', () => {
    expect(types(extractAll(["Members of the women's union in Sariwon have been summoned twice a week since mid-January to study a new law on foreign films."]))).toContain('indoctrination');
    // Not a student going to study abroad.
    expect(types(extractAll(['A student from Sariwon was called in March to study in Pyongyang at a medical college.']))).not.toContain('indoctrination');
  });

  it('reads a study programme begun for workers as a session', () => {
    expect(types(extractAll(['In Haeju, a similar study program began in late January for factory workers.']))).toContain('indoctrination');
  });

  it('reads a meeting at which those present must denounce others as a session', () => {
    expect(types(extractAll(["Members of the women's union in Sariwon have been holding weekly meetings since early March at which they must name neighbours who wear jeans."]))).toContain('indoctrination');
    expect(types(extractAll(['Managers of the trading firm in Sariwon held a meeting in March at which the prices for the spring were set.']))).not.toContain('indoctrination');
  });
});
