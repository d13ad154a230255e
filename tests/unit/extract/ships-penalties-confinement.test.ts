import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('no incident where the words name goods, penalties or foreign states', () => {
  it('reads a ship held over sanctions as no arrest, but keeps its crew detained', () => {
    const held = extractAll(['The freighter is the fourth ship the coast authorities in Busan have detained this year for carrying Nampo coal.'], '2021-03-10');
    expect(types(held)).not.toContain('arrest');
    const tanker = extractAll(['Customs officers in Yeosu detained a Togo-flagged tanker on March 2 over a suspected transfer of oil.'], '2021-03-10');
    expect(types(tanker)).not.toContain('arrest');
    const crew = extractAll(['Nine sailors from the ship were detained by Chinese police in Dalian on March 2.'], '2021-03-10');
    expect(types(crew)).toContain('arrest');
  });

  it('reads "the penalties include camp terms" as what a law can bring, not a sentence handed down', () => {
    const out = extractAll(['Under the new rules on dress, the penalties include six months of labour training and, for repeat cases, a camp term.'], '2022-08-01');
    expect(types(out)).not.toContain('trial');
    const handed = extractAll(['A court in Kilju sentenced a tailor to six months of labour training on July 20 for selling jeans.'], '2022-08-01');
    expect(types(handed)).toContain('trial');
  });

  it('reads inspections by member states or governments as no crackdown of the North', () => {
    const out = extractAll(['Several member states had inspected suspicious coal cargoes in their ports since May, the panel wrote.'], '2019-10-01');
    expect(types(out)).not.toContain('crackdown');
    const north = extractAll(['Security agents in Nampo inspected the coal cargoes of three trading firms in May.'], '2019-10-01');
    expect(types(north)).toContain('crackdown');
  });

  it('reads the monitoring of aid deliveries as no crackdown', () => {
    const out = extractAll(['Seoul agreed to send fertilizer through a charity, with close monitoring of its distribution in the farms of South Hwanghae.'], '2008-06-01');
    expect(types(out)).not.toContain('crackdown');
  });
});

describe('control and sessions told in plain words', () => {
  it('reads staff "not allowed to leave" their dormitory as a crackdown, whatever its negation', () => {
    const out = extractAll(['Since the escape the remaining cooks in Dandong are not allowed to leave their dormitory, a source said on Friday.'], '2019-04-13');
    expect(types(out)).toContain('crackdown');
  });

  it('reads a town locked down and a curfew on the river as crackdowns', () => {
    expect(types(extractAll(['Authorities locked down Manpo for two weeks in early March after a fever outbreak.'], '2021-04-02'))).toContain('crackdown');
    expect(types(extractAll(['A night curfew was imposed on the riverside districts of Sinuiju in early March.'], '2021-04-02'))).toContain('crackdown');
  });

  it('reads pupils assembled to criticise a classmate as an ideological session', () => {
    const out = extractAll(['Pupils at a middle school in Kimchaek were assembled in the gym on Tuesday to criticise a boy who had sung a Chinese pop song.'], '2022-11-18');
    expect(types(out)).toContain('indoctrination');
  });

  it('reads workers who vanish after a long description of their workplace as gone', () => {
    const out = extractAll(
      ['Three young women employed at a North Korean state-run restaurant near the railway station in Yanji, in China’s Jilin province, disappeared on Sunday, sources said.'],
      '2018-05-09',
    );
    expect(types(out)).toContain('defection');
  });

  it('reads "has expressed a wish to stay in the South" as a crossing that ended in the South', () => {
    const out = extractAll(['A North Korean man found in a dinghy off Sokcho on Friday has expressed a wish to stay in the South, the coast guard said.'], '2019-06-17');
    expect(types(out)).toContain('defection');
  });

  it('reads a soldier taken into custody after crossing a fortified border into the South as no arrest', () => {
    const out = extractAll(['A North Korean soldier crossed the heavily guarded border into South Korea on Monday and was taken into custody, officials said.'], '2018-07-25');
    expect(types(out)).not.toContain('arrest');
    expect(types(out)).toContain('defection');
  });
});
