import { describe, expect, it } from 'vitest';
import { extract, types } from './helpers';

describe('a camp named as a thing is no verdict', () => {
  it('finds no trial when a camp is only described or is where people died', () => {
    expect(types(extract(['The labour camp near Kilju houses some two thousand inmates, most of them farmers.']))).not.toContain('trial');
    expect(types(extract(['Several inmates of a prison camp outside Kilju died of cholera over the winter.']))).not.toContain('trial');
  });

  it('finds no trial in what returnees in general are said to face', () => {
    expect(types(extract(['Aid groups say returnees endure beatings, hunger, forced labour and worse.']))).not.toContain('trial');
  });

  it('still finds a trial when someone is put in the camp', () => {
    expect(types(extract(['Last month a court in Kilju sent two traders to a labour camp for smuggling.']))).toContain('trial');
    expect(types(extract(['The two traders from Kilju were given five years in a labour camp in May.']))).toContain('trial');
  });
});

describe('a place inside a relative clause describes the person', () => {
  it('places a verdict by the paragraph, not by a town only the relative clause names', () => {
    const out = extract([
      'A court in Hamhung sentenced a drug dealer to death in May.',
      'A courier who delivered the pills to customers in Wonsan was sentenced on the same day to ten years.',
    ]);
    const trials = out.filter((i) => i.type === 'trial');
    expect(trials.map((i) => i.placeName)).not.toContain('Wonsan');
    expect(trials.length).toBeGreaterThan(0);
  });
});
