import { describe, expect, it } from 'vitest';
import { extract, extractAll, types } from './helpers';

describe('a camp named as a thing is no verdict', () => {
  it('finds no trial when a camp is only described or is where people died', () => {
    expect(types(extract(['The labour camp near Kilju houses some two thousand inmates, most of them farmers.']))).not.toContain('trial');
    expect(types(extract(['Several inmates of a prison camp outside Kilju died of cholera over the winter.']))).not.toContain('trial');
  });

  it('finds no trial in what returnees in general are said to face', () => {
    expect(types(extract(['Aid groups say returnees endure beatings, hunger, forced labour and worse.']))).not.toContain('trial');
  });

  it('still finds a trial when someone is put in the camp', () => {
    expect(types(extractAll(['Last month a court in Kilju sent two traders to a labour camp for smuggling.']))).toContain('trial');
    expect(types(extractAll(['The two traders from Kilju were given five years in a labour camp in May.']))).toContain('trial');
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

describe('an event still to come is not reported as one', () => {
  it('finds no session when the text says sessions are expected or will be held', () => {
    expect(types(extract(['More study sessions are expected to be held in Kilju and Myongchon next month.']))).not.toContain('indoctrination');
    expect(types(extract(['A fresh round of searches will follow in Kilju, officials warned residents.']))).not.toContain('crackdown');
  });

  it('still finds a session that was held', () => {
    expect(types(extract(['Study sessions on the new law were held in Kilju last week, where residents were told to report neighbours.']))).toContain(
      'indoctrination',
    );
  });
});

describe('an escape needs someone who escapes', () => {
  it('finds no defection when goods or vehicles cross or go missing', () => {
    expect(types(extract(['Lorries loaded with coal were again crossing the Yalu bridge at Sinuiju this week.']))).not.toContain('defection');
    expect(types(extract(['Managers in Kilju were punished after tons of copper wire disappeared from the depot.']))).not.toContain('defection');
  });

  it('finds no defection in getting off lightly', () => {
    expect(types(extract(['A third pupil in Kilju escaped with a warning because her uncle sits on the party committee.']))).not.toContain('defection');
  });

  it('still finds a person who crossed or went missing', () => {
    expect(types(extract(['A young soldier from Kilju crossed the Tumen river at night in May.']))).toContain('defection');
    expect(types(extract(['Two loggers disappeared from their camp near Tynda in March.']))).toContain('defection');
  });
});

describe('a check told as the setting of a capture is that capture', () => {
  it('finds one arrest, no separate crackdown, when people were caught during a check', () => {
    const out = extract(['Chinese police detained three North Korean women during an identity check at a market in Yanji in May.']);
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('crackdown');
  });

  it('keeps a check told in a clause of its own', () => {
    const out = extractAll(['A driver was arrested in Hyesan in April after lorries were stopped at a checkpoint outside the city.']);
    expect(types(out)).toEqual(expect.arrayContaining(['arrest', 'crackdown']));
  });
});

describe('analysis is not news', () => {
  it('finds nothing in a tendency, a reading of motives or an argument', () => {
    expect(extract(['Arrests in Kilju have tended to peak before party anniversaries.'])).toEqual([]);
    expect(extract(['It is interpreted that the authorities in Kilju want to show farmers they are cracking down.'])).toEqual([]);
    expect(extract(['The vaguer wording makes it easier for officials in Kilju to justify raids on homes.'])).toEqual([]);
    expect(extract(['Analysts say the searches in Kilju will not stop the trade.'])).toEqual([]);
  });

  it('finds no session in lecture materials', () => {
    expect(types(extract(['The phrase first appeared in lecture materials handed to cadres in Kilju.']))).not.toContain('indoctrination');
  });

  it('still finds a raid reported as news', () => {
    expect(types(extract(['Police raided three homes in Kilju on June 2 and seized foreign films.']))).toContain('crackdown');
  });
});

describe("the South's own handling of arrivals is no incident", () => {
  it('finds no arrest or search in what the South’s military or investigators did', () => {
    expect(types(extract(['Our military spotted the man near Kosong on June 2 and secured him, the JCS said.']))).not.toEqual(
      expect.arrayContaining(['arrest']),
    );
    expect(types(extract(['The two fishermen from Haeju are being questioned by South Korean authorities since June 2.']))).not.toContain('arrest');
  });

  it('still finds an arrest by the North’s police that a South Korean ministry reports', () => {
    expect(types(extract(['Police in Hyesan arrested two traders on June 2, the unification ministry said.']))).toContain('arrest');
  });
});
