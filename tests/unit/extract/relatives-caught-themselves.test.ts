import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('a relative caught in the act or in the same capture', () => {
  it('reads a mother caught at the river and taken to security as an arrest', () => {
    const out = extractAll(['Her son was shot on the bank. The mother was caught and taken to the county security department, the source said.'], '2020-09-02');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('family_punishment');
  });

  it('reads a wife arrested at the same time as her husband as an arrest', () => {
    const out = extractAll(["A second source said the man's wife had been arrested at the same time and was still being questioned."], '2019-12-02');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('family_punishment');
  });

  it('still reads a wife detained after her husband fled as a family punishment', () => {
    const out = extractAll(["After he fled to China, the man's wife was detained by state security in Musan."], '2019-12-02');
    expect(types(out)).toContain('family_punishment');
  });
});

describe('relatives handed over by their captors, and families only named', () => {
  it('reads parents caught in their own crossing and handed to security as an arrest', () => {
    const out = extractAll(
      [
        'A couple and their two children tried to wade across the Yalu near Manpo last week but were stopped by guards.',
        'The parents were handed to the city security department and are being questioned about who helped them.',
      ],
      '2016-09-02',
    );
    expect(types(out)).not.toContain('family_punishment');
  });

  it('does not read families a broker arranged calls between as punished', () => {
    const out = extractAll(['Two middlemen and a woman who had arranged calls between families were taken to the county security department.'], '2018-11-02');
    expect(types(out)).not.toContain('family_punishment');
  });
});

describe('families punished, told with an aside or a back reference', () => {
  it('reads a wife "who was not accused of any crime" ordered to leave as punished (the negation is the aside\'s)', () => {
    const out = extractAll(['His wife, who was not accused of any crime, was ordered to leave the city with their young son.'], '2022-09-01');
    expect(types(out)).toContain('family_punishment');
  });

  it('reads relatives "of the executed men" removed from their homes as punished, with no second execution', () => {
    const out = extractAll(['Around the same time, relatives of the executed men were removed from their homes in Rajin and sent away.'], '2014-12-10');
    expect(types(out)).toEqual(['family_punishment']);
  });

  it('reads relatives "driven out of" their town as punished', () => {
    const out = extractAll(['Relatives of the ringleader had been driven out of Sinuiju to a farming village a few days later.'], '2020-07-14');
    expect(types(out)).toContain('family_punishment');
  });

  it('still reads a wife who was not sent away as not punished', () => {
    const out = extractAll(['His wife was not ordered to leave the city.'], '2022-09-01');
    expect(types(out)).not.toContain('family_punishment');
  });
});

describe('relatives who are only named', () => {
  it('does not read residents who visited relatives and were sent to a camp as a family punished', () => {
    const out = extractAll(['In Chasong County, two residents who visited relatives in another county without a permit were sent to a labour training camp.'], '2020-09-01');
    expect(types(out)).not.toContain('family_punishment');
  });

  it("does not read an official in charge of a family's watch unit, who was dismissed, as a family punished", () => {
    const out = extractAll(["A local official in charge of the family's watch unit was dismissed."], '2018-12-01');
    expect(types(out)).not.toContain('family_punishment');
  });
});

describe('relatives whose own clause tells what they did', () => {
  it('reads "a mother and her two sons who waded across the river were arrested" as an arrest', () => {
    const out = extractAll(['A mother and her two sons who waded across the Tumen near Musan last week were arrested by Chinese police in Helong.'], '2024-05-20');
    expect(types(out)).toContain('arrest');
    expect(types(out)).not.toContain('family_punishment');
  });

  it('still reads the parents of a man who fled, arrested, as his family punished', () => {
    const out = extractAll(['The parents of a man who fled across the Tumen were arrested in Musan last week.'], '2024-05-20');
    expect(types(out)).toContain('family_punishment');
  });
});
