import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extractAll } from './helpers';

const typesIn = (sentence: string) => findTriggers(sentence).map((t) => t.type);

describe('an earlier case recalled after the news is counted', () => {
  it('keeps the lead crossing at its own place rather than folding it into the earlier case', () => {
    const found = extractAll(
      [
        'A North Korean soldier walked across the military demarcation line near Cheorwon early Tuesday, the JCS said.',
        'It is the second crossing of the border this year. In March, a man swam across the river and reached Gimpo.',
      ],
      '2024-10-10',
    ).filter((i) => i.type === 'defection');
    expect(found).toHaveLength(1);
    expect(found[0].placeName).toMatch(/Cheorwon/);
  });

  it('still reads a dated sentence after an ordinary one as news', () => {
    const found = extractAll(
      ['Security agents searched homes in Hyesan this week.', 'In March, a man swam across the Yalu near Hyesan and reached China.'],
      '2024-10-10',
    );
    expect(found.map((i) => i.type)).toContain('defection');
  });

  it('reads a crossing of the Han estuary as a crossing', () => {
    expect(typesIn('A man swam across the estuary where the Han and Imjin rivers meet the sea.')).toContain('defection');
  });
});

describe('a death where the state holds people', () => {
  it('is an event of its own, not an arrest at the holding centre', () => {
    const types = typesIn('A woman sent back from China died at the holding center of the Musan County security department this month.');
    expect(types).toContain('other');
    expect(types).not.toContain('arrest');
  });
});

describe('what is not news', () => {
  it.each([
    ['a negation written as one word', 'The panel can document the trade, but it cannot arrest anybody, an official said.'],
    ['a contracted negation', "The guards didn't arrest anyone at the market that day."],
    ['a flight during the war', 'One visitor, who fled Hamhung as a teenager during the war, asked about her sister.'],
  ])('%s', (_kind, sentence) => {
    expect(typesIn(sentence)).toEqual([]);
  });

  it('drops earlier crackdowns recalled as experience', () => {
    const found = extractAll(['"We have seen crackdowns before, and then things loosen," a trader in Dandong said.'], '2024-10-10');
    expect(found).toEqual([]);
  });
});

describe('a return by the South at the people’s own wish', () => {
  it.each([
    'South Korea sent two North Korean fishermen back to the North through Panmunjom on Thursday after they said they wished to go home.',
    'The other two asked to go home and were sent back across the truce village of Panmunjom on Monday.',
  ])('is no forced repatriation: %s', (sentence) => {
    const types = typesIn(sentence);
    expect(types).toContain('other');
    expect(types).not.toContain('repatriation');
  });

  it('keeps a return that China forces as a repatriation', () => {
    expect(typesIn('Chinese police sent the women back to the North through Tumen after they were caught.')).toContain('repatriation');
  });
});
