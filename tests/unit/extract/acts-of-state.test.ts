import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

describe('acts of state business are no incidents', () => {
  it('reads a leader or a delegation crossing a border as a visit, not an escape', () => {
    expect(types(extractAll(['Kim Jong Un rode his armoured train into Russia on Monday, crossing the border at Khasan before dawn.']))).toEqual([]);
    expect(types(extractAll(['A trade delegation from Pyongyang crossed the border at Dandong on Tuesday for talks on fertiliser.']))).toEqual([]);
    // A worker of the Kim Chaek steel works who crossed is no visitor.
    expect(types(extractAll(['A former worker at the Kim Chaek Iron and Steel Complex crossed the Tumen River near Musan in January with a broker.']))).toContain('defection');
  });

  it("reads a tour of weapons or fields as no crackdown, but keeps officials going through mines and factories", () => {
    expect(types(extractAll(['State media said Kim inspected new fighter jets at an airbase in Kangwon Province on Friday.']))).toEqual([]);
    expect(types(extractAll(['Officials in Jaeryong were inspecting irrigation channels and rice paddies after weeks without rain.']))).toEqual([]);
    expect(types(extractAll(['Security officials in Hoeryong have been inspecting every mine in the county since the theft.']))).toContain('crackdown');
    expect(types(extractAll(['Inspectors went to the factories in Dandong that employ North Korean workers after her escape.']))).toContain('crackdown');
  });

  it("reads another state's watch over the North as no crackdown", () => {
    expect(types(extractAll(["South Korea's military said it was closely monitoring the area around Sinpo after the launch."]))).toEqual([]);
    expect(types(extractAll(['State security agents have been monitoring phone calls in Sinpo since the launch.']))).toContain('crackdown');
  });

  it('reads a control that traders only expect as no crackdown', () => {
    expect(types(extractAll(['Traders in Dandong said they expected inspections at the port to tighten in the coming weeks.']))).toEqual([]);
    expect(types(extractAll(['Traders in Dandong said customs officers began inspections at the port last week.']))).toContain('crackdown');
  });
});
