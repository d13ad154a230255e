import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('controls and returns told with other words', () => {
  it('reads an order that boats return to port as a control', () => {
    const out = extractAll(['After the crew vanished, officials in Kimchaek ordered all fishing boats to return to port before dark.'], '2022-09-01');
    expect(types(out)).toContain('crackdown');
  });

  it("reads a count of the country's workers abroad as a control", () => {
    const out = extractAll(["Officials in Dandong have ordered a full count of the country's workers at the garment plants after two women went missing."], '2022-09-01');
    expect(types(out)).toContain('crackdown');
  });

  it('reads a group "reportedly handed over" at a crossing as a return', () => {
    const out = extractAll(['A second group was reportedly handed over at the Dandong crossing to Sinuiju the same night.'], '2023-10-12');
    expect(types(out)).toContain('repatriation');
  });

  it('reads people returned across the bridge by others as a return', () => {
    const out = extractAll(['Chinese police returned dozens of escapees across the bridge at Tumen on Monday night.'], '2023-10-12');
    expect(types(out)).toContain('repatriation');
  });

  it('does not read people who returned across the river on their own as a return', () => {
    const out = extractAll(['The smugglers returned across the river before dawn with their goods.'], '2023-10-12');
    expect(types(out)).not.toContain('repatriation');
  });
});

describe('counts and lists of citizens abroad', () => {
  it('reads a fresh count of every citizen in a country as a control', () => {
    const out = extractAll(['The embassy in Hanoi has begun a fresh count of every North Korean citizen in Vietnam, two people said.'], '2024-02-10');
    expect(types(out)).toContain('crackdown');
  });

  it('reads officials who drew up a list of citizens working there as a control', () => {
    const out = extractAll(['Trade officials in Dandong drew up a complete list of citizens working at the garment plants last month.'], '2024-02-10');
    expect(types(out)).toContain('crackdown');
  });
});

describe('a handover told by the state that gives people back, with only the crossing after it', () => {
  it('reads "handed over some 40 North Koreans …, on a bus that crossed the bridge" as a return at the bridge', () => {
    const out = extractAll(
      ['Chinese police handed over some 40 North Koreans held in a Jilin jail on Monday, putting them on a bus that crossed the Sino-Korean Friendship Bridge.'],
      '2024-12-19',
    );
    expect(out.find((i) => i.type === 'repatriation')?.placeName).toBe('Sino-Korean Friendship Bridge, Sinuiju');
  });

  it('does not read papers handed over at a bridge as a return', () => {
    const out = extractAll(['Chinese customs handed over the shipping papers of two trucks at the Sino-Korean Friendship Bridge on Monday.'], '2024-12-19');
    expect(types(out)).not.toContain('repatriation');
  });
});
