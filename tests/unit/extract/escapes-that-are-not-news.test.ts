import { describe, expect, it } from 'vitest';
import { extractAll, types } from './helpers';

const defections = (sentence: string) => extractAll([sentence]).filter((i) => i.type === 'defection');

describe('escapes the story does not tell as news', () => {
  it('reads a public figure named by an undated escape as who they are now', () => {
    expect(defections('A lawmaker who defected from North Korea was criticised in Seoul on Monday over his remarks on food aid from Hyesan.')).toEqual([]);
    expect(defections('A YouTuber who fled the North now reviews Hyesan street food for viewers in Seoul.')).toEqual([]);
    // Dated, the escape is told as an event.
    expect(defections('A pastor who fled Hyesan in March 2023 told reporters about the crossing.')).toHaveLength(1);
  });

  it('reads an escape from a way of life or a run back to base as no defection', () => {
    expect(defections('Her hope is that her daughter in Hyesan can go to college and escape the market life.')).toEqual([]);
    expect(defections('Farmers in Kangryong caught two soldiers, but the others escaped back to their barracks.')).toEqual([]);
    expect(defections('Two soldiers in Kangryong escaped across the Yalu River to China in May.')).toHaveLength(1);
  });

  it('reads a suspect who fled before the police came as no defection', () => {
    expect(defections('Police searched a house in Kanggye, but the copper dealer had fled before the police arrived.')).toEqual([]);
    expect(defections('A copper dealer in Kanggye fled to China before the police arrived.')).toHaveLength(1);
  });

  it('reads an escape made years earlier as the background of the news', () => {
    expect(defections('Most of the women returned via Dandong had been arrested in Liaoning after fleeing North Korea years earlier.')).toEqual([]);
  });
});

describe("a relative's earlier escape told as the reason for a punishment", () => {
  it('does not read "after it emerged that their son had crossed into China" as a new escape', () => {
    const out = extractAll(['In Onsong County, another family was banished to a mining village in December after it emerged that their son had crossed into China.'], '2014-01-10');
    expect(types(out)).not.toContain('defection');
    expect(types(out)).toContain('family_punishment');
  });
});
