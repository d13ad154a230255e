import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('soldiers who steal', () => {
  it('reads soldiers who broke into a storehouse or robbed households as another kind of event, not an arrest or a crackdown', () => {
    const out = extractAll(['Soldiers from an artillery unit in Pyoksong County broke into a cooperative farm granary in early October and carried off maize.'], '2020-10-22');
    expect(types(out)).toContain('other');
    expect(types(out)).not.toContain('crackdown');
  });

  it('reads looters going from house to house for food as the theft, not a house search', () => {
    const out = extractAll(
      ['Deserters robbed three households in Songgan County in late May, a source said.', 'They went from house to house after dark, taking rice and two goats.'],
      '2019-06-12',
    );
    expect(types(out)).toContain('other');
    expect(types(out)).not.toContain('crackdown');
  });
});

describe('handovers told in other words', () => {
  it('reads police who handed defectors "to the North" at a customs office as a forced return', () => {
    const out = extractAll(['Chinese police handed four North Korean women to the North at the Namyang customs office on the 12th.'], '2017-05-20');
    expect(types(out)).toContain('repatriation');
  });

  it('reads a woman walked across the bridge and handed to the MSS as a return, not a new arrest', () => {
    const out = extractAll(['In early May she was walked across the bridge and handed to the provincial MSS with one other woman.'], '2024-05-28');
    expect(types(out)).toContain('repatriation');
    expect(types(out)).not.toContain('arrest');
  });

  it('reads a man "returned to North Korean custody" at a border station as a forced return', () => {
    const out = extractAll(['He was caught by Russian police near Ussuriysk and returned to North Korean custody at the Tumangang border station in early June.'], '2024-07-01');
    expect(types(out)).toContain('repatriation');
  });
});

describe('one event told with a year, then a month', () => {
  it('takes the month a later sentence gives the same event', () => {
    const out = extractAll(
      ['A man who was caught in Tumen and repatriated to North Korea this spring was tried in Onsong last week.', 'In late April he was driven across the bridge to Namyang, a source said.'],
      '2022-06-15',
    );
    const returns = out.filter((i) => i.type === 'repatriation');
    expect(returns).toHaveLength(1);
    expect(returns[0].date).toBe('2022-04');
  });
});

describe('a shared bridge name in a story about Russia', () => {
  it('is the bridge beside the town the story names', () => {
    const out = extractAll(
      ['A soldier who swam the Tumen into Russia was caught near Khasan last week, a source said.', 'He was returned at the Friendship Bridge on July 8 and taken away by security officers.'],
      '2022-07-20',
    );
    const returns = out.filter((i) => i.type === 'repatriation');
    expect(returns.map((i) => i.placeName)).toEqual(['Korea-Russia Friendship Bridge']);
  });
});
