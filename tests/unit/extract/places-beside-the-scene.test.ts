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
