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

  it('trusts a capture abroad less when the story ends in a handover', () => {
    const capture = ['Chinese police detained a North Korean logger in Yanji on June 3, a source said.'];
    const alone = extract(capture).find((i) => i.type === 'arrest')!;
    const withHandover = extract([...capture, 'He was handed over to the North’s border guards at Namyang on June 10.']).find((i) => i.type === 'arrest')!;
    expect(withHandover.confidence).toBeLessThan(alone.confidence);
    expect(withHandover.confidence).toBeLessThan(0.8);
  });

  it('trusts a handover told once, with a Chinese town as its place, less than an arrest told the same way', () => {
    const [handover] = extract(['Chinese police sent three North Korean women back to North Korea from Yanji on June 3, a source said.']);
    const [arrest] = extract(['Chinese police detained three North Korean women in Yanji on June 3, a source said.']);
    expect(handover.type).toBe('repatriation');
    expect(arrest.type).toBe('arrest');
    expect(handover.confidence).toBeLessThan(arrest.confidence);
  });
});
