import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

describe('calibrated confidence', () => {
  it('trusts an arrest whose sentence gives place, date and actor more than a raid placed by the article', () => {
    const out = extract([
      'Police arrested two smugglers in Hyesan on June 3, a source in Ryanggang Province said.',
      'Raids have been stepped up as well.',
    ]);
    const arrest = out.find((i) => i.type === 'arrest')!;
    const raid = out.find((i) => i.type === 'crackdown')!;
    expect(arrest.confidence).toBeGreaterThanOrEqual(0.8);
    expect(raid.confidence).toBeLessThan(arrest.confidence);
  });

  it('keeps an escape placed only at a river or line below the high-confidence band', () => {
    const [escape] = extract(['A soldier crossed the MDL on June 2.']);
    expect(escape.type).toBe('defection');
    expect(escape.confidence).toBeLessThan(0.8);
  });
});
