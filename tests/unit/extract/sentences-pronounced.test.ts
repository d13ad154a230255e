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
