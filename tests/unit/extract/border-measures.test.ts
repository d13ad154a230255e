import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('measures along the border', () => {
  it('reads a declared buffer zone and shoot-on-sight orders as a crackdown', () => {
    expect(types(extractAll(['In early August the authorities declared a two-kilometre buffer zone along the Yalu in Manpo, a source said.'], '2020-09-10'))).toContain('crackdown');
    expect(types(extractAll(['Guards in Chunggang County were given shoot-on-sight orders in early August, a source said.'], '2020-09-10'))).toContain('crackdown');
  });

  it('does not read the buffer zone as a measure where it is only the place someone walked through', () => {
    const out = extractAll(['The soldier walked through the buffer zone in Yeoncheon before dawn on Sunday and was guided to a guard post.'], '2024-03-18');
    expect(types(out)).not.toContain('crackdown');
  });

  it('reads a new fence built near a town as a crackdown, but not the state’s policy told in an overview', () => {
    expect(types(extractAll(['Border troops built a second fence along the river near Musan in early May, a source said.'], '2021-06-01'))).toContain('crackdown');
    expect(types(extractAll(['The regime has built new fences along the frontier over the past decade, researchers say.'], '2021-06-01'))).not.toContain('crackdown');
  });

  it('reads guard posts reinforced and a platoon replaced as a crackdown', () => {
    expect(types(extractAll(['The guard posts on the riverbank in Hyesan were reinforced in early July, a source said.'], '2018-07-20'))).toContain('crackdown');
    expect(types(extractAll(['After the escape the MSS replaced the border guard platoon in Sambong in mid-July.'], '2018-07-20'))).toContain('crackdown');
  });

  it('reads fishing banned by order and staff questioned as crackdowns', () => {
    expect(types(extractAll(['After the boat left, all boats in Kimchaek were ordered to stay in port from early June.'], '2019-06-25'))).toContain('crackdown');
    expect(types(extractAll(['Agents sent to Dalian questioned his colleagues at the trading office in late September.'], '2019-10-10'))).toContain('crackdown');
  });
});

describe('dates around border measures', () => {
  it('does not give a measure told in a "since" clause the date of the event that follows it', () => {
    const out = extractAll(['Guards shot a smuggler near Sinpa last month, the first shooting there since authorities launched a crackdown on smuggling.'], '2020-10-06');
    const measure = out.find((i) => i.type === 'crackdown');
    expect(measure).toBeDefined();
    expect(measure?.date ?? null).not.toBe('2020-09');
  });

  it('dates "over the past month" by the month before publication', () => {
    const out = extractAll(['New guard posts and a wire fence had gone up along the riverbank in Hyesan over the past month, a source said.'], '2020-12-03');
    const measure = out.find((i) => i.type === 'crackdown');
    expect(measure?.date).toBe('2020-11');
  });
});
