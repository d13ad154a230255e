import { describe, expect, it } from 'vitest';
import { SUMMARY_LINE_LENGTH, toSummaryLine } from '@/lib/markers/marker-features';

describe('toSummaryLine', () => {
  it('keeps a short summary as it is, trimmed', () => {
    expect(toSummaryLine('  Two traders were held at the market.  ')).toBe('Two traders were held at the market.');
  });

  it('keeps only the first line', () => {
    expect(toSummaryLine('First line.\r\nSecond line.')).toBe('First line.');
  });

  it('cuts a long summary at a word, within the limit, with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const line = toSummaryLine(words);
    expect(line.length).toBeLessThanOrEqual(SUMMARY_LINE_LENGTH);
    expect(line.endsWith('…')).toBe(true);
    expect(words.startsWith(line.slice(0, -1))).toBe(true);
    expect(words[line.length - 1]).toBe(' ');
  });

  it('cuts a summary without spaces inside the limit too', () => {
    const line = toSummaryLine('x'.repeat(500));
    expect(line).toHaveLength(SUMMARY_LINE_LENGTH);
  });
});
