import { describe, expect, it } from 'vitest';
import { extract, extractAll, types } from './helpers';

describe('an earlier event named as a point in time', () => {
  it('is not news: "since the execution of …", "after last year\'s crackdown"', () => {
    const out = extract(
      [
        'Traders in Rason say the mood has soured since the execution of a senior trade official in the capital.',
        'Guards have grown stricter after last year\'s crackdown on smugglers in Hyesan, a source said.',
      ],
      '2024-03-10',
    );
    expect(types(out)).not.toContain('execution');
    expect(out.filter((i) => i.type === 'crackdown' && i.placeName === 'Hyesan')).toHaveLength(0);
  });

  it('still finds an execution told as news in the same words', () => {
    const out = extract(['A senior trade official was executed in Pyongyang on March 2, a source said.'], '2024-03-10');
    expect(types(out)).toContain('execution');
  });

  it('does not count "the third such defection this year" as one more', () => {
    const told = ['Five fishermen sailed a wooden boat across the Northern Limit Line near Baengnyeong Island on Tuesday, the military said.'];
    const once = extract(told, '2024-08-22');
    const counted = extract([...told, 'It was the third such maritime defection this year.'], '2024-08-22');
    expect(types(counted)).toEqual(types(once));
  });
});

describe('trends', () => {
  it('reads a rise in cases, or "more and more" arrests, as no event, but keeps a dated arrest beside it', () => {
    const out = extract(
      [
        'Cases of returned escapees being sent to a reform-through-labour camp instead of a labour training unit have increased sharply since the border reopened.',
        'More and more traders have been detained in Hyesan, residents say.',
        'Police detained two traders at the Hyesan market on May 3, a source said.',
      ],
      '2024-05-20',
    );
    expect(types(out)).toEqual(['arrest']);
    expect(out[0].date).toBe('2024-05-03');
  });
});

describe('the escape behind a family punishment', () => {
  it('founds no incident of its own, while an escape told as news beside it is still found', () => {
    const background = extract(
      ['The parents of a diplomat who fled to South Korea were taken away from their home in Pyongyang early this month, a source said.'],
      '2026-08-21',
    );
    expect(types(background)).toEqual(['family_punishment']);
    const told = extract(
      [
        'The parents of a diplomat who fled to South Korea were taken away from their home in Pyongyang early this month, a source said.',
        'His younger brother fled across the Tumen near Hoeryong in March.',
      ],
      '2026-08-21',
    );
    expect(types(told)).toEqual(['defection', 'family_punishment']);
  });
});

describe('a region that says where a town lies', () => {
  it('is no second scene: "in Yanji, in the Yanbian Korean Autonomous Prefecture"', () => {
    const out = extract(['The women were caught by Chinese police in Yanji, in the Yanbian Korean Autonomous Prefecture, in early March.'], '2018-04-12');
    expect(out.filter((i) => i.type === 'arrest').map((i) => i.placeName)).toEqual(['Yanji']);
  });

  it('keeps two towns listed with "in … and in …" apart', () => {
    const out = extractAll(['Police arrested smugglers in Hyesan, in Samsu and in Kapsan on May 3.'], '2024-05-20');
    expect(out.filter((i) => i.type === 'arrest').length).toBeGreaterThanOrEqual(2);
  });
});
