import { describe, expect, it } from 'vitest';
import { extractAll } from './helpers';

describe('a wire dateline with no date', () => {
  it('names where the story was filed, not where it happened', () => {
    const [arrest] = extractAll(['BEIJING (Reuters) - Chinese police detained nine North Koreans at a guesthouse in the southwestern city of Kunming early this month, an activist group said on Tuesday.'], '2017-03-14');
    expect(arrest.type).toBe('arrest');
    expect(arrest.placeName).toBe('Kunming');
  });
});

describe('the town on the other side', () => {
  it('only says where the scene lies ("in Manpo, opposite China\'s Ji\'an")', () => {
    const found = extractAll(["In Manpo, on the Yalu River opposite China's Ji'an, workers at a timber plant were made to read aloud self-criticism statements last Friday."]);
    expect(found.map((i) => [i.type, i.placeName])).toEqual([['indoctrination', 'Manpo']]);
  });

  it('is still a scene when the event is there', () => {
    const [arrest] = extractAll(["Chinese police detained two women in Ji'an, across the river from Manpo, last week."]);
    expect(arrest.placeName).toBe("Ji'an");
  });
});

describe('places that only name a reach, a mission or a state', () => {
  const placesOf = (sentence: string) => extractAll([sentence], '2021-10-05').map((i) => [i.type, i.placeName]);

  it('reads "as far as Hamhung" as the reach of a network, not the scene', () => {
    expect(placesOf('The executed man, from Chongjin, had run a drug network reaching as far as Hamhung.')).not.toContainEqual(['execution', 'Hamhung']);
  });

  it('reads the seat of an embassy that asks for a return as no scene', () => {
    expect(placesOf('The North Korean embassy in Beijing had already asked Chinese authorities to return the seven.')).not.toContainEqual(['repatriation', 'Beijing']);
  });

  it('reads "as Beijing tightens security" as the state, not a crackdown in Beijing', () => {
    expect(placesOf('Police handed over twenty North Koreans last week, as Beijing tightens security before the Olympic Games.')).not.toContainEqual(['crackdown', 'Beijing']);
  });
});
