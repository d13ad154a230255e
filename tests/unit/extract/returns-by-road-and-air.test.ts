import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('returns told by how the people travelled', () => {
  it.each([
    'The nine were driven in a police van across the Sino-Korean Friendship Bridge from Dandong and met by security officers in Sinuiju.',
    'They were bused across the New Yalu River Bridge on Monday.',
    'The women were taken across the bridge and handed to State Security officers in Hyesan.',
    'A logger caught in Khabarovsk was flown back to Pyongyang under the escort of two security agents.',
    'The man was sent home under guard a week later.',
    'The teenagers were stopped in Laos after the North Korean embassy demanded their return.',
    'Chinese police held the five women for a month and returned them to the North last week.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('repatriation');
  });

  it('does not read a plain trip across a bridge by unnamed means as a return', () => {
    expect(typesIn('Tourists walked across the Yalu River bridge to take photographs.')).not.toContain('repatriation');
  });

  it('places a return that passes a town and then a named bridge at the bridge, as one incident', () => {
    const found = extractAll(
      ['On Monday the woman was driven back to Dandong under guard and sent across the Sino-Korean Friendship Bridge to Sinuiju.'],
      '2024-04-18',
    ).filter((i) => i.type === 'repatriation');
    expect(found).toHaveLength(1);
    expect(found[0].placeName).toMatch(/Bridge/);
  });
});

describe('capture at home and in raids', () => {
  it.each([
    'The three women were picked up at their homes on the night of March 28.',
    'They were picked up in a raid on Dec. 28 after a neighbour reported them.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('arrest');
  });

  it('does not read a rescue at sea as a capture', () => {
    expect(typesIn('The two fishermen were picked up at sea by a cargo ship.')).not.toContain('arrest');
  });
});
