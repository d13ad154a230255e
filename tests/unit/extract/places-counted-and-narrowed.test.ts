import { describe, expect, it } from 'vitest';
import { extractAll } from './helpers';

const placesOf = (paragraphs: string[], type: string, publishedAt = '2023-03-09') =>
  extractAll(paragraphs, publishedAt)
    .filter((i) => i.type === type)
    .map((i) => i.placeName);

describe('where an incident happened, read from the whole article', () => {
  it('counts a place named by two of its names in one sentence once, so it does not outweigh the scene', () => {
    const out = placesOf(
      [
        'A North Korean soldier walked across the military demarcation line late on Tuesday and was taken in by South Korean troops, the military said.',
        'He was first seen near a guard post in Cheorwon shortly before midnight.',
        'In 2017 a soldier was shot while running across the Joint Security Area at Panmunjom.',
      ],
      'defection',
    );
    expect(out[0]).toMatch(/^Cheorwon/);
  });

  it('does not take the capital people were sent back to for where they were caught', () => {
    const out = placesOf(['Seven young North Koreans who were detained in Laos have been sent back to Pyongyang, officials said on Friday.'], 'arrest', '2013-05-31');
    expect(out).not.toContain('Pyongyang');
  });

  it('places an escape told only as "in China" in the one Chinese town the article names', () => {
    const out = placesOf(
      [
        'Twelve North Koreans who worked at a state-run restaurant in China have defected to South Korea, the ministry said on Monday.',
        'The waitresses had served at an eatery in the port city of Dalian until last week.',
      ],
      'defection',
      '2019-05-13',
    );
    expect(out).toEqual(['Dalian']);
  });

  it('keeps the country when the article names two of its towns', () => {
    const out = placesOf(
      [
        'Twelve North Koreans who worked at a state-run restaurant in China have defected to South Korea, the ministry said on Monday.',
        'The company also runs eateries in Dalian and in Shenyang, where managers were questioned.',
      ],
      'defection',
      '2019-05-13',
    );
    expect(out).not.toContain('Dalian');
    expect(out).not.toContain('Shenyang');
  });
});

describe("the South's islands where sea crossings end", () => {
  it('reads "the island of Baengnyeong" as Baengnyeong Island', () => {
    const out = placesOf(['A family of four crossed the western sea border in a wooden boat and was taken into custody off the island of Baengnyeong on Sunday.'], 'defection', '2021-08-02');
    expect(out).toEqual(['Baengnyeong Island']);
  });

  it('places a boat found at sea some distance from an island at that island', () => {
    const out = placesOf(['Three fishermen crossed the sea border, and a navy patrol found their boat about 8 kilometers south of Yeonpyeong Island early on Friday.'], 'defection', '2021-08-02');
    expect(out).toEqual(['Yeonpyeong Island']);
  });

  it('still reads a town measured from as no scene', () => {
    const out = placesOf(['Two workers fled a building site in Ussuriysk, about 100 kilometers north of Vladivostok, on Friday.'], 'defection', '2021-08-02');
    expect(out).not.toContain('Vladivostok');
  });
});

describe('where a return happens, not where the people were held', () => {
  it('does not place a return in the province the people were held in, told after the verb', () => {
    const out = placesOf(
      [
        'China forcibly returned a large group of North Koreans held in detention centres in Jilin province to the North on Monday night, activists said.',
        'Buses carrying them were seen crossing the bridge from Tumen into Namyang late on Monday.',
      ],
      'repatriation',
      '2023-10-11',
    );
    expect(out).not.toContain('Jilin');
  });
});

describe('a bare river name in the headline', () => {
  it('reads "on Tumen" in a headline as the river the story names, not the Chinese city', () => {
    const out = extractAll(
      [
        'A border guard company posted along the Tumen River in Kyongwon County was replaced this month after an investigation into bribes, a source said.',
        'Security officers detained the company commander and four soldiers in February.',
      ],
      '2015-03-20',
      'Guard company on Tumen replaced over bribes',
    );
    expect(out.map((i) => i.placeName)).not.toContain('Tumen');
  });
});
