import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '@/lib/geo/gazetteer';
import { readingNearNamedPlaces } from '@/lib/geo/near-reading';

const mention = (text: string) => findPlaceMentions(text)[0];
const places = (text: string) => findPlaceMentions(text).map((m) => m.place);

describe('readingNearNamedPlaces', () => {
  it('reads "the Friendship Bridge" as the Tumangang bridge when the story names Khasan', () => {
    const bridge = mention('He was returned at the Friendship Bridge.');
    expect(bridge.place.id).toBe('kp-sinuiju-friendship-bridge');
    expect(readingNearNamedPlaces(bridge.candidates, places('He had crossed into Russia near Khasan.'))?.id).toBe('kp-tumangang-bridge');
  });

  it('keeps the first reading when it has a neighbour of its own, or when the story names nothing near either', () => {
    const bridge = mention('He was returned at the Friendship Bridge.');
    expect(readingNearNamedPlaces(bridge.candidates, places('They were held in Dandong for a month.'))).toBeNull();
    expect(readingNearNamedPlaces(bridge.candidates, places('They were held in Shenyang for a month.'))).toBeNull();
  });
});
