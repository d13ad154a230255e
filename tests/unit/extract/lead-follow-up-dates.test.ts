import { describe, expect, it } from 'vitest';
import { extract, extractAll } from './helpers';

const dateOf = (out: ReturnType<typeof extract>, type: string) => out.filter((i) => i.type === type).map((i) => i.date);

describe('an undated lead dated by the sentences that fill it in', () => {
  it('takes the day a following sentence gives before the month of another event told later', () => {
    const out = extract(
      [
        'A public trial of two smugglers in Hoeryong ended with both men shot in front of the crowd, a source said.',
        'It was on the 21st, and the stands were full.',
        'Police arrested the pair in September after a buyer gave their names.',
      ],
      '2019-11-26',
    );
    expect(dateOf(out, 'execution')).toEqual(['2019-11-21']);
    expect(dateOf(out, 'arrest')).toEqual(['2019-09']);
  });

  it('takes the date told just before the event is retold, over a measure told in between', () => {
    const out = extract(
      [
        'Coastal guards shot and killed a fisherman in Ongjin County, a source said.',
        'According to the source, officials last month closed the shore to boats at night.',
        '“He rowed out to his nets before dawn on the 2nd of this month. The guards fired without warning,” the source said.',
      ],
      '2020-08-12',
    );
    expect(dateOf(out, 'other')).toEqual(['2020-08-02']);
  });

  it('dates an earlier event by its own clause when it gives one ("weeks after troops fired warning shots last month")', () => {
    const out = extractAll(['The crossing came weeks after North Korean guards fired warning shots last month at a boat off Ongjin.'], '2025-01-15');
    expect(out.filter((i) => i.type === 'other').map((i) => i.date)).toEqual(['2024-12']);
  });

  it('skips a date told in the past perfect, which dates what came before the lead', () => {
    const out = extract(
      [
        'Four women in Hyesan have been given labour camp terms, a resident said.',
        'The women had hidden smuggled cloth in their cellars in early March.',
        'The verdicts were read out on the 14th, the resident added.',
      ],
      '2024-06-20',
    );
    expect(dateOf(out, 'trial')).toEqual(['2024-06-14']);
  });

  it('skips a date inside a fronted "after" clause but keeps one in the main clause', () => {
    const skipped = extract(
      ['Four women in Hyesan have been given labour camp terms, a resident said.', 'After the cloth turned up in April, the case went to the city court.'],
      '2024-06-20',
    );
    // Not April: the trial has no date of its own, so it is filed under the month of the report.
    expect(dateOf(skipped, 'trial')).toEqual(['2024-06']);
    const kept = extract(
      ['Four women in Hyesan have been given labour camp terms, a resident said.', 'The case went to the city court in April, after the cloth turned up.'],
      '2024-06-20',
    );
    expect(dateOf(kept, 'trial')).toEqual(['2024-04']);
  });
});

describe('the day a source spoke and the day the event happened', () => {
  it('skips the day after "according to a source from <province>" and takes the event day the sentence gives', () => {
    const out = extract(
      [
        'A lecture on the new law was held in Hyesan after the detention of several students, a source said.',
        'According to a source from Ryanggang Province on the 1st, the city party committee gathered factory workers in the cultural hall on the 30th.',
      ],
      '2022-11-02',
    );
    expect(dateOf(out, 'indoctrination')).toEqual(['2022-10-30']);
  });

  it('dates the reported event after "said that", but not the speaking after "said"', () => {
    const reported = extract(['The source said that in early October four students were detained by state security in Hyesan.'], '2022-11-02');
    expect(dateOf(reported, 'arrest')).toEqual(['2022-10']);
    const spoke = extract(['Four students were detained by state security in Hyesan, the source said on Tuesday.'], '2022-11-02');
    expect(dateOf(spoke, 'arrest')).not.toContain('2022-11-01');
  });
});
