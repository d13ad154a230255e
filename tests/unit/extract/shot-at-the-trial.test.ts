import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('shot on the spot', () => {
  it('is an execution where a trial or a verdict is told', () => {
    expect(typesIn('A public trial at the stadium ended with two men being shot on the spot and eight others sent to camps.')).toContain('execution');
  });

  it('is no execution when guards shoot someone crossing', () => {
    expect(typesIn('A man trying to cross the river was shot on the spot by guards.')).not.toContain('execution');
  });
});

describe('a conviction told as the reason for an execution', () => {
  it('is the verdict the execution carried out, not a trial of its own', () => {
    expect(typesIn('A factory manager in Kanggye was executed by firing squad in late June after being convicted of selling copper wire.')).not.toContain('trial');
    expect(typesIn('He was convicted of selling copper wire in May and executed in June.')).toContain('trial');
  });
});

describe('a site in a town, then the town\'s province', () => {
  it('places the event in the town: the province only says where the town lies', () => {
    const found = extractAll(['A public trial held at the Pyongsong city stadium in South Pyongan Province ended with two men being executed.'], '2024-10-22');
    expect(found.map((i) => [i.type, i.placeName])).toEqual([
      ['trial', 'Pyongsong'],
      ['execution', 'Pyongsong'],
    ]);
  });
});
