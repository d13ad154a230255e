import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('sessions told by what was organised', () => {
  it('reads unit heads who organise sessions to discuss an execution as an ideological session', () => {
    const out = extractAll(['After the shooting in Kilju on May 3, the heads of every people’s unit had to organize sessions where residents discussed what they had watched.'], '2021-05-20');
    expect(types(out)).toContain('indoctrination');
  });

  it('reads workers gathered for a quoted "struggle meeting" as one', () => {
    const out = extractAll(['Dock workers in Nampo were gathered on Oct. 4 for an ideological “struggle meeting” against a crane operator who had listened to Seoul radio.'], '2023-10-19');
    expect(types(out)).toContain('indoctrination');
  });

  it('reads miners called to a meeting where they were warned as a session', () => {
    const out = extractAll(['Managers called the miners of the Komdok complex to a meeting in the club house on June 2, where they were warned against selling zinc.'], '2016-06-15');
    expect(types(out)).toContain('indoctrination');
  });
});

describe('captures told in plain words', () => {
  it('reads "detaining three traders" in a raid as an arrest besides the raid', () => {
    const out = extractAll(['Police raided the station market in Tanchon on Oct. 3, seizing Chinese shoes and detaining two traders.'], '2020-10-20');
    expect(types(out)).toEqual(expect.arrayContaining(['arrest', 'crackdown']));
  });

  it('reads a seller who "was taken away" as arrested, but not goods taken away or a convict led off after the verdict', () => {
    expect(types(extractAll(['A man who sold radios from his stall in the Sinuiju market was taken away on Monday.'], '2019-04-04'))).toContain('arrest');
    expect(types(extractAll(['Her radios were taken away on Monday in Sinuiju.'], '2019-04-04'))).not.toContain('arrest');
    expect(types(extractAll(['In Haeju the woman sentenced to life was taken away after the verdict on Monday.'], '2019-04-04'))).not.toContain('arrest');
  });

  it('reads relatives named as the other end of calls as no relatives punished', () => {
    const out = extractAll(['Two men who passed messages between Musan residents and relatives in Seoul were taken away by security agents in early March.'], '2022-03-30');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('family_punishment');
  });
});

describe('what an event set off', () => {
  it('does not take the date of its cause: a wave of arrests a late-October escape set off joins the November arrests', () => {
    const out = extractAll(
      [
        'A squid boat with six people aboard left Kimchaek harbour in late October, setting off a wave of arrests in the town, a source said.',
        'Security agents arrested the harbour master and two guards in Kimchaek in the first week of November.',
      ],
      '2023-11-25',
    );
    const arrests = out.filter((i) => i.type === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0].date).toMatch(/^2023-11/);
  });
});

describe('rallies and holding told in other words', () => {
  it('reads rallies held in a northern city as a session, but not protests in Seoul or the venue of a rally already told', () => {
    expect(types(extractAll(['Similar rallies were held on Sunday in Chongjin and Hamhung, state media said.'], '2024-02-20'))).toContain('indoctrination');
    expect(types(extractAll(['Rallies were held on Saturday in Seoul by protesters opposed to the budget.'], '2024-02-20'))).not.toContain('indoctrination');
  });

  it('reads traders "being held for questioning", a smuggler seized and a woman dragged to a safety agency office as arrests', () => {
    expect(types(extractAll(['Three traders in Rajin are reportedly being held for questioning after the fire in June.'], '2023-07-10'))).toContain('arrest');
    expect(types(extractAll(['A smuggler was seized on the riverbank in Sinuiju at 2 a.m. on the 3rd.'], '2023-07-10'))).toContain('arrest');
    expect(types(extractAll(['A woman who argued was dragged to the safety agency office in Hyesan on the 12th.'], '2023-07-20'))).toContain('arrest');
    expect(types(extractAll(['Her phones were seized in Hyesan on the 12th.'], '2023-07-20'))).not.toContain('arrest');
  });
});

describe('what an event prompted people to do', () => {
  it('is done, not an aim: managers prompted to confiscate phones', () => {
    const out = extractAll(['A cook vanished from a restaurant in Ussuriysk early this month, prompting the managers of the staff to confiscate all phones.'], '2024-04-20');
    expect(types(out)).toContain('crackdown');
    expect(types(extractAll(['Managers in Ussuriysk plan to confiscate all phones, a source said on April 2.'], '2024-04-20'))).not.toContain('crackdown');
  });
});
