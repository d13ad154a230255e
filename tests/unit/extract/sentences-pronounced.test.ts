import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('sentences pronounced and handed down', () => {
  it('reads a judge who announced terms in labour camps as a trial', () => {
    const out = extractAll(['At the stadium in Kimchaek, a judge announced sentences of between three and ten years in reform labour camps on May 4.'], '2019-05-20');
    expect(types(out)).toContain('trial');
  });

  it('reads "announced that both would be sent to a labour training unit" as a sentence handed down, not a possibility', () => {
    const out = extractAll(['At the end of the meeting in Tanchon on May 4, an official announced that both would be sent to a labour training unit for six months.'], '2019-05-20');
    expect(types(out)).toContain('trial');
    expect(types(extractAll(['Officials in Tanchon warned on May 4 that anyone caught would be sent to a labour camp.'], '2019-05-20'))).not.toContain('trial');
  });

  it('reads a "labour-training camp" written with a hyphen as a term', () => {
    expect(types(extractAll(['Two of the smugglers in Musan have already been sent to a labour-training camp, the source said on May 4.'], '2019-05-20'))).toContain('trial');
  });

  it('does not let a negation or a modal in the subject’s relative clause undo the main verb', () => {
    const out = extractAll(['At least three vendors in Hoeryong who could not pay the bribes were sentenced in April to a year of labour training each.'], '2019-05-20');
    expect(types(out)).toContain('trial');
    expect(types(extractAll(['Vendors in Hoeryong could not be sentenced in April, a source said.'], '2019-05-20'))).not.toContain('trial');
  });

  it('reads "two of those arrested" as people of the story, not a class of people', () => {
    const out = extractAll(['Two of those arrested in Hyesan in March, a broker and a trader, have already been sentenced to terms in a re-education camp.'], '2019-05-20');
    expect(types(out)).toContain('trial');
  });
});

describe('"mid-May" is a month', () => {
  it('is no modal verb that makes the event a possibility', () => {
    expect(types(extractAll(['Agents in mid-May detained two traders in Hyesan, a source said.'], '2021-06-10'))).toContain('arrest');
  });
});

describe('a camp a convict was sent to after a named court', () => {
  it('is where he went, not where he was tried: the trial keeps the court’s province and its month', () => {
    const out = extractAll(
      [
        'A court in Ryanggang Province has sentenced a man to 15 years of hard labour for guiding a family across the Yalu, a source said.',
        'The man was tried at the provincial court in mid-May and sent to the Chongori reeducation camp, the source said.',
      ],
      '2012-06-05',
    );
    const trials = out.filter((i) => i.type === 'trial');
    expect(trials).toHaveLength(1);
    expect(trials[0].date).toBe('2012-05');
  });
});
