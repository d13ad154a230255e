import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('crossings into the South told at length', () => {
  it('reads a soldier who walked across the heavily guarded border as a crossing', () => {
    const out = extractAll(['SEOUL, May 3 (Yonhap) -- A North Korean soldier walked across the heavily guarded border in Yanggu on Saturday night, the military said.'], '2021-05-03');
    expect(types(out)).toContain('defection');
  });

  it('reads a man who crossed the western section of the border as a crossing', () => {
    const out = extractAll(['A man crossed the western section of the inter-Korean border near Gimpo on Friday, the JCS said.'], '2020-07-27');
    expect(types(out)).toContain('defection');
  });

  it('reads a fisherman who sailed his boat across the NLL as a crossing', () => {
    const out = extractAll(['A North Korean fisherman sailed his small wooden boat across the Northern Limit Line near Yeonpyeong Island on Tuesday, officials said.'], '2023-05-25');
    expect(types(out)).toContain('defection');
  });
});

describe('the case before the news', () => {
  it('tells an earlier case, which does not take the place of the news', () => {
    const out = extractAll(
      [
        'A North Korean soldier crossed the MDL into South Korea in Cheorwon on Sunday, the JCS said.',
        'The last known crossing before this one came in 2021, when a man climbed a fence in Goseong County.',
      ],
      '2023-03-14',
    );
    const crossings = out.filter((i) => i.type === 'defection');
    expect(crossings).toHaveLength(1);
    expect(crossings[0].placeName).toMatch(/Cheorwon/);
  });
});

describe('a count of cases', () => {
  it('names the news and the last case before it, not a new crossing', () => {
    const out = extractAll(
      [
        'A North Korean soldier crossed the MDL in the central front early Tuesday, the JCS said.',
        'The soldier walked across the heavily guarded border in the area of Cheorwon at about 4 a.m., officials said.',
        'It is the first time a soldier has defected across the MDL since November 2017, when a private ran across the JSA at Panmunjom.',
      ],
      '2022-08-16',
    );
    const crossings = out.filter((i) => i.type === 'defection');
    expect(crossings.map((i) => i.placeName)).not.toContain('Panmunjom, Panmun County');
    expect(crossings.map((i) => i.date)).toContain('2022-08-16');
  });
});

describe('escapes by sea stopped on the way', () => {
  it('reads a crew "trying to head south across the maritime border" or accused of trying to sail to the South as an escape', () => {
    expect(types(extractAll(['A fishing crew from Hongwon was stopped by a navy patrol in mid-May while apparently trying to head south across the maritime border.'], '2025-06-03'))).toContain('defection');
    expect(types(extractAll(['Coast guards stopped a boat off Ongjin on May 9 and accused the crew of trying to sail to the South, a source said.'], '2010-05-25'))).toContain('defection');
  });
});
