import { describe, expect, it } from 'vitest';
import { extractAll, extract, types } from './helpers';

describe('extractIncidents', () => {
  it('gives nothing for a market report', () => {
    const out = extract([
      'Rice sold for 6,200 won a kilogram in Hyesan this week, according to traders.',
      'The dollar traded at about 8,300 won in Sinuiju, slightly up from last month.',
    ]);
    expect(out).toEqual([]);
  });

  it('gives nothing for an analysis piece', () => {
    const out = extract([
      'Border controls tend to tighten before major political events.',
      'If trade recovers, the authorities may have to loosen some rules, experts say.',
    ]);
    expect(out).toEqual([]);
  });

  it('merges several mentions of one arrest and keeps the event date, not the day the source spoke', () => {
    const out = extract([
      'A factory manager in Kimchaek was arrested for selling state fuel, Daily NK has learned.',
      'A source told Daily NK last Monday that the manager was detained by police in mid-May.',
      'The arrest shocked his colleagues.',
    ]);
    expect(types(out)).toEqual(['arrest']);
    expect(out[0].placeName).toBe('Kimchaek');
    expect(out[0].date).toBe('2024-05');
    expect(out[0].datePrecision).toBe('month');
    expect(out[0].evidence).toContain('Kimchaek');
  });

  it('does not take the source’s province as the place when the article names the town', () => {
    const out = extract(['A source in Ryanggang Province said a teacher in Hoeryong was arrested in April.']);
    expect(out).toHaveLength(1);
    expect(out[0].placeName).toBe('Hoeryong');
    expect(out[0].admin1).toBe('North Hamgyong');
  });

  it('falls back to the source’s province when nothing better is said', () => {
    const out = extractAll(['A source in South Hamgyong Province said police arrested two smugglers.']);
    expect(out[0].locationPrecision).toBe('province');
    expect(out[0].admin1).toBe('South Hamgyong');
  });

  it('names a district with its city and fills admin1 from the gazetteer', () => {
    const out = extract(['A public trial was held in Chongjin’s Sunam District on June 2.']);
    expect(out[0].type).toBe('trial');
    expect(out[0].placeName).toBe('Sunam District, Chongjin');
    expect(out[0].locationPrecision).toBe('site');
    expect(out[0].admin1).toBe('North Hamgyong');
    expect(out[0].date).toBe('2024-06-02');
  });

  it('gives a county named without its province its province', () => {
    const out = extract(['Border guards caught a woman trying to cross the river in Musan County.']);
    expect(out.map((i) => i.admin1)).toContain('North Hamgyong');
    expect(out.every((i) => i.locationPrecision === 'city')).toBe(true);
  });

  it('keeps an unknown place unknown: no coordinates, never a country centre', () => {
    const out = extractAll(['State security agents picked up the defector’s parents.']);
    expect(out[0].type).toBe('family_punishment');
    expect(out[0].lat).toBeNull();
    expect(out[0].lon).toBeNull();
    expect(out[0].placeName).toBeNull();
  });

  it('places an arrest in China and the repatriation that followed separately', () => {
    const out = extract([
      'A woman living in Yanji was arrested by Chinese police in March and repatriated to North Korea in early April.',
      'The Chinese police handed her over to North Korean guards at the bridge to Namyang.',
    ]);
    const arrest = out.find((i) => i.type === 'arrest');
    const repatriation = out.find((i) => i.type === 'repatriation');
    expect(arrest?.country).toBe('CN');
    expect(arrest?.date).toBe('2024-03');
    expect(repatriation?.placeName).toContain('Namyang');
    expect(repatriation?.date).toBe('2024-04');
  });

  it('splits defections listed in one sentence by their towns', () => {
    // The rule splits them; whether the confidence model keeps both is the model's business (extractAll).
    const out = extractAll(['There have been family defections in Sukchon County in May, as well as in Uiju County this month.']);
    const places = out.filter((i) => i.type === 'defection').map((i) => i.placeName);
    expect(places).toHaveLength(2);
    expect(places.join(' ')).toMatch(/Sukchon/);
    expect(places.join(' ')).toMatch(/Uiju/);
  });

  it('leaves the year unknown when the article has no publication date', () => {
    const out = extract(['Police arrested a broker in Hyesan on Nov. 10.'], null);
    expect(out[0].date).toBeNull();
    expect(out[0].datePrecision).toBe('unknown');
  });

  it('writes summaries from facts, not copied sentences', () => {
    const sentence = 'Security agents in Hyesan detained a woman in early June for using a Chinese phone.';
    const out = extract([sentence]);
    expect(out[0].summary).not.toBe(sentence);
    // Composed from the extracted actor, action, place, tag and date, each of which could come out wrong.
    expect(out[0].summary).toBe('State security officials detained a person in Hyesan over foreign phone use (2024-06).');
  });
});

describe('crossings that end on the South side of the MDL', () => {
  it('places a crossing at the South Korean border county the sentence names, and nothing else there', () => {
    const [crossing] = extract(['A North Korean soldier crossed the Military Demarcation Line in Cheorwon on Aug. 14, the military said.'], '2019-08-15');
    expect(crossing.type).toBe('defection');
    expect(crossing.placeName).toBe('Cheorwon County');
    expect(crossing.country).toBe('KR');
    const arrests = extractAll(['Police in Goseong arrested two smugglers on June 3, a source said.']).filter((i) => i.type === 'arrest');
    expect(arrests.every((i) => i.country !== 'KR')).toBe(true);
  });

  it('reads a man in the South’s custody who "expressed his wish to defect" as a crossing', () => {
    const out = extractAll(['A North Korean man found on a boat off Gyodong Island early Monday has expressed his wish to defect, officials said.'], '2023-08-08');
    expect(out.map((i) => [i.type, i.placeName])).toEqual([['defection', 'Gyodong Island']]);
    expect(extractAll(['Officials said the man may want to defect later.'], '2023-08-08').filter((i) => i.type === 'defection')).toEqual([]);
  });
});
