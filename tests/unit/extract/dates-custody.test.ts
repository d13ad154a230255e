import { describe, expect, it } from 'vitest';
import { chooseDate } from '@/lib/ingest/extract/choose-date';
import { extract } from './helpers';

describe('custody still going on', () => {
  it('takes the report month only as an assumed date', () => {
    const sentence = 'They are being held at the city police station.';
    const start = sentence.indexOf('being held');
    expect(chooseDate(sentence, start, [start], '2024-06-20')).toEqual({ date: '2024-06', precision: 'month', mentioned: false });
  });

  it('keeps an ongoing action of its own as news of the report month', () => {
    const sentence = 'Agents are searching homes along the river.';
    const start = sentence.indexOf('searching');
    expect(chooseDate(sentence, start, [start], '2024-06-20')).toMatchObject({ date: '2024-06', mentioned: true });
  });

  it('joins the dated arrest it continues instead of making a second one', () => {
    const out = extract([
      'Police in Hyesan detained two traders in late May for carrying Chinese phones, a source said. They are being held at the city police station.',
    ]);
    const arrests = out.filter((i) => i.type === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0].date).toBe('2024-05');
  });
});
