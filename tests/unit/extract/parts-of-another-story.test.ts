import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('controls and captures that are only part of another story', () => {
  it('does not read the patrol that spotted someone, or a patrol boat, as a crackdown', () => {
    expect(types(extractAll(['The couple were spotted on the riverbank near Onsong in March by a patrol that had been tipped off, a source said.'], '2018-03-20'))).not.toContain('crackdown');
    expect(types(extractAll(['The boat was escorted into port near Haeju by a navy patrol vessel on Sept. 23.'], '2012-09-25'))).not.toContain('crackdown');
    expect(types(extractAll(['Border guards in Onsong have doubled their patrols along the river since March, a source said.'], '2018-04-02'))).toContain('crackdown');
  });

  it('does not read the investigation behind one case as a crackdown of its own', () => {
    const out = extractAll(['Four customs officers in Sinuiju were taken in last month after an investigation found they had taken bribes, a source said.'], '2015-07-10');
    expect(types(out)).not.toContain('crackdown');
    expect(types(extractAll(['Investigators from Pyongyang have been investigating the customs office in Sinuiju since June, a source said.'], '2015-07-10'))).toContain('crackdown');
  });

  it('does not read a boat that drifted across the sea border as a defection', () => {
    expect(types(extractAll(['Two fishermen drifted across the maritime border off Goseong last Friday after their engine failed.'], '2019-06-12'))).not.toContain('defection');
    expect(types(extractAll(['Two fishermen sailed across the maritime border off Goseong last Friday and asked to stay in the South.'], '2019-06-12'))).toContain('defection');
  });

  it('does not read what happens occasionally, or to anyone carrying a phone, as an arrest', () => {
    expect(types(extractAll(['Russia has occasionally detained escaped workers in Khabarovsk and sent them back.'], '2019-05-01'))).not.toContain('arrest');
    expect(types(extractAll(['In Chongjin anyone carrying an unregistered handset is detained on the spot, a source said.'], '2026-01-20'))).not.toContain('arrest');
  });

  it('does not read a lift ("picked up by a car") or a stepped-up campaign as a capture', () => {
    expect(types(extractAll(['The men slipped out of the camp near Khabarovsk and were picked up by a car on the highway, the source said.'], '2019-05-01'))).not.toContain('arrest');
    expect(types(extractAll(['The men were picked up by police in Khabarovsk on May 3, the source said.'], '2019-05-10'))).toContain('arrest');
    expect(types(extractAll(['China has stepped up arrests of North Korean escapees in Shenyang since last year, activists say.'], '2019-05-10'))).not.toContain('arrest');
  });

  it('does not read people caught midstream and "brought back to the North Korean bank" as handed over', () => {
    expect(types(extractAll(['The two women were spotted on a sandbar in the Yalu near Uiju and brought back to the North Korean bank by guards.'], '2022-05-01'))).not.toContain('repatriation');
    expect(types(extractAll(['The two women were caught in Dandong and handed over to the North Korean border guards at the bridge in April.'], '2022-05-01'))).toContain('repatriation');
  });

  it('does not read people held "to await repatriation" as returned', () => {
    expect(types(extractAll(['The four were taken to a detention facility in Dandong in July to await repatriation, the source said.'], '2023-08-01'))).not.toContain('repatriation');
  });

  it('takes a resident who tells the story as its source, not its scene', () => {
    const out = extractAll(['Two officials of a company in Rason were executed by firing squad late last month, a North Hamgyong Province resident informed Daily NK.'], '2017-09-05');
    expect(out.filter((i) => i.type === 'execution').map((i) => i.placeName)).toEqual(['Rason']);
  });
});
