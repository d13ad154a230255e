import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extract, types } from './helpers';

describe('what a law prescribes', () => {
  it('is no sentence: a law, however long its aside, that "provides for" camp terms', () => {
    const out = extract(
      [
        'The education law, passed by the assembly in March 2021 and praised by state radio as a shield for youth, provides for terms in a labour camp for repeat offenders.',
      ],
      '2024-05-02',
    );
    expect(types(out)).not.toContain('trial');
  });

  it('keeps a term handed down under that law to a named person', () => {
    const out = extract(['A court in Wonsan sentenced a teacher to five years in a labour camp under the education law on April 9.'], '2024-05-02');
    expect(types(out)).toContain('trial');
  });

  it('reads a class of offences ("such crimes") as a rule, not one case', () => {
    expect(types(extract(['Terms for such crimes now begin at eight years of reform through labour, lawyers in Seoul say.'], '2024-05-02'))).not.toContain('trial');
    expect(types(extract(['Two smugglers in Hyesan were given eight years of reform through labour on May 1.'], '2024-05-02'))).toContain('trial');
  });
});

describe('a body of foreign states', () => {
  it('is no agent of a crackdown: a monitoring team set up by countries, multinational patrols, port state inspections', () => {
    const out = extract(
      [
        'The Joint Shipping Monitoring Panel, set up by nine countries including Canada, issued its second report in Rason last week.',
        'A multinational monitoring group based in Seoul has also published figures on Nampo.',
        'Tankers change their names often, and port state inspections rarely catch forged logs at Nampo.',
      ],
      '2024-05-02',
    );
    expect(types(out)).toEqual([]);
  });

  it('keeps an inspection team of the North at work in the same town', () => {
    const out = extract(['An inspection team from the Central Committee searched the homes of traders in Rason on April 28.'], '2024-05-02');
    expect(types(out)).toContain('crackdown');
  });
});

describe('a control named as the cause of a figure', () => {
  it('explains the figure rather than telling an event', () => {
    const out = extract(['Officials in Seoul put the fall in arrivals down to stricter border controls and to more identity checks in Hyesan.'], '2024-05-02');
    expect(types(out)).not.toContain('crackdown');
  });

  it('keeps a control told as what the guards did', () => {
    const out = extract(['Border guards ran identity checks on every traveller entering Hyesan on April 30, a source said.'], '2024-05-02');
    expect(types(out)).toContain('crackdown');
  });
});

describe('advocacy and habit', () => {
  it('reads "pushed for more patrols" as an aim and "inspections seldom find" as what usually happens', () => {
    const out = extract(
      ['Tokyo has pushed for more maritime patrols near Nampo.', 'Customs inspections at Sinuiju seldom find the hidden cargo, traders say.'],
      '2024-05-02',
    );
    expect(types(out)).not.toContain('crackdown');
  });

  it('keeps patrols that were stepped up and an inspection that found something', () => {
    const out = extract(['The border unit stepped up patrols along the river in Hyesan on April 29.', 'Customs inspectors at Sinuiju found two phones in a truck on May 1.'], '2024-05-02');
    expect(out.filter((i) => i.type === 'crackdown').length).toBeGreaterThan(0);
  });
});

describe('what is done as a rule, told in the simple present', () => {
  it('is no event: controls and meetings described without a tense of their own or a date', () => {
    const out = extract(
      [
        'Inspection teams in Hyesan search the homes of traders for foreign films and confiscate phones.',
        'Study sessions for the factory workers of Kilju are held on Saturdays.',
      ],
      '2024-05-02',
    );
    expect(types(out)).toEqual([]);
  });

  it('keeps the same controls told in a past, perfect or progressive tense, or dated', () => {
    for (const sentence of [
      'Inspection teams in Hyesan searched the homes of traders for foreign films and confiscated phones.',
      'Inspection teams in Hyesan have searched the homes of traders for foreign films.',
      'Inspection teams in Hyesan are searching the homes of traders for foreign films.',
      'Since April, inspection teams in Hyesan search the homes of traders for foreign films.',
    ]) {
      expect(types(extract([sentence], '2024-05-02'))).toContain('crackdown');
    }
  });
});

describe('watching news, doubting a watch, and watch over people let go', () => {
  it('is no crackdown: "monitoring the situation", "questions about coastal surveillance"', () => {
    expect(types(extract(['The ministry in Seoul said on May 4 that it was monitoring the situation in Hyesan.'], '2024-05-06'))).toEqual([]);
    expect(types(extract(['The landing near Sokcho on May 4 raised questions about coastal surveillance.'], '2024-05-06'))).toEqual([]);
    // A watch that was tightened is a control.
    expect(types(extract(['Border guards in Hyesan stepped up surveillance of the riverbank on May 4.'], '2024-05-06'))).toContain('crackdown');
  });

  it('reads people released or dismissed and then placed under surveillance as no control of its own', () => {
    const out = extract(['His brother in Hyesan was dismissed from his post on May 4 and placed under surveillance.'], '2024-05-06');
    expect(types(out)).not.toContain('crackdown');
  });
});

describe('an alternative set aside, a likeness, and a meeting of officials', () => {
  const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

  it('reads no term in a camp named only as the alternative ("rather than", "instead of")', () => {
    expect(typesIn('Neighbours expect she was kept at the county jail rather than an ordinary labor camp.')).not.toContain('trial');
    expect(typesIn('The boy was handed to his school for criticism instead of a labor camp.')).not.toContain('trial');
    // The term itself, told with what it replaced, still counts.
    expect(typesIn('Two women were sent to a labor camp rather than released, the source said.')).toContain('trial');
  });

  it('reads no trial in a likeness ("felt like a trial")', () => {
    expect(typesIn('"The meeting felt like a trial without a judge," the source said.')).toEqual([]);
  });

  it('reads a meeting with officials as no session for residents', () => {
    expect(
      typesIn("Since her disappearance, officials attached to the North Korean embassy have held weekly meetings with the restaurant's managers, and staff are now forbidden from leaving the building."),
    ).not.toContain('indoctrination');
    expect(typesIn('Officials held meetings with residents of Hyesan to warn them against watching South Korean films.')).toContain('indoctrination');
  });
});

describe('a check of one person', () => {
  const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

  it('reads a document check of one person as a step of a capture, not a crackdown', () => {
    expect(typesIn('Officers stopped her for an identity check outside the train station in Ussuriysk.')).not.toContain('crackdown');
    expect(typesIn('He was queuing for a bus ticket when police stopped him and checked his papers.')).not.toContain('crackdown');
    // Checks set up for everyone are a control.
    expect(typesIn('Police have set up document checks at every bus station in Hyesan since March.')).toContain('crackdown');
  });

  it('reads only the clause of the check: checks told after a semicolon are a control of their own', () => {
    expect(typesIn('Police stopped her at the bus station; a week later, officers began checking every train to Hyesan.')).toContain('crackdown');
  });
});

describe("a crossing named as a helper's offence, and a crossing of any kind", () => {
  const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

  it.each([
    'A boatman who guided three women across the Yalu to Changbai was given ten years at a trial in Hyesan on May 2.',
    'The officer was dismissed for letting smugglers cross the river at night.',
    'Guards were told that anyone helping people flee across the border would be shot.',
  ])('reads no new escape in the charge against a helper: %s', (sentence) => {
    expect(typesIn(sentence)).not.toContain('defection');
  });

  it('still reads the escape a broker made happen as an escape', () => {
    expect(typesIn('A broker helped the family cross the Tumen River near Musan on May 3.')).toContain('defection');
  });

  it('reads "any vessel crossing" as a kind of crossing, not a case', () => {
    expect(typesIn('The navy said it had found no trace of any fishing boat crossing the eastern sea border.')).not.toContain('defection');
  });

  it('reads no trial in "pre-trial"', () => {
    expect(typesIn('He died in a pre-trial holding cell in Kimchaek, the source said.')).not.toContain('trial');
  });
});

describe('events in the plural that others have reported', () => {
  const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

  it('reads them as a kind of event, not a case', () => {
    expect(typesIn('Researchers have documented searches and trials in every province, though their pace varies.')).toEqual([]);
  });

  it('still reads a counted or dated case', () => {
    expect(typesIn('Activists have documented the public executions of three men in Hyesan in May.')).toContain('execution');
    expect(typesIn('Witnesses described public trials in Hyesan in 2019.')).toContain('trial');
  });
});
