import { describe, expect, it } from 'vitest';
import { getPlace } from '@/lib/geo/gazetteer';
import { mergeMentions } from '@/lib/ingest/extract/merge-mentions';
import type { Mention } from '@/lib/ingest/extract/types';

const place = (id: string) => getPlace(id) ?? null;

function mention(over: Partial<Mention>): Mention {
  return {
    type: 'arrest',
    sentence: 0,
    evidence: 'x',
    place: null,
    strength: 'sentence',
    date: { date: null, precision: 'unknown', mentioned: false },
    actors: [],
    tags: [],
    ...over,
  };
}

describe('mergeMentions', () => {
  it('merges a district mention into its city and keeps the more specific place', () => {
    const out = mergeMentions([
      mention({ place: place('kp-chongjin') }),
      mention({ sentence: 2, place: place('kp-chongjin-sunam') }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].place?.id).toBe('kp-chongjin-sunam');
  });

  it('keeps same-type incidents in distant towns apart', () => {
    const out = mergeMentions([mention({ place: place('kp-hyesan') }), mention({ sentence: 5, place: place('kp-kaesong') })]);
    expect(out).toHaveLength(2);
  });

  it('keeps reports with clashing dates apart', () => {
    const out = mergeMentions([
      mention({ place: place('kp-hyesan'), date: { date: '2024-01', precision: 'month', mentioned: true } }),
      mention({ sentence: 6, place: place('kp-hyesan'), date: { date: '2024-05', precision: 'month', mentioned: true } }),
    ]);
    expect(out).toHaveLength(2);
  });

  it('folds a back-reference with no place of its own ("the man’s arrest") into the named report', () => {
    const out = mergeMentions([
      mention({ place: place('kp-hyesan') }),
      mention({ sentence: 4, place: place('kp-ryanggang'), strength: 'source', date: { date: '2024-02', precision: 'month', mentioned: true } }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].place?.id).toBe('kp-hyesan');
    expect(out[0].date.date).toBe('2024-02');
    expect(out[0].mentions).toHaveLength(2);
  });

  it('never merges different types', () => {
    const out = mergeMentions([mention({ place: place('kp-hyesan') }), mention({ type: 'trial', place: place('kp-hyesan') })]);
    expect(out.map((i) => i.type).sort()).toEqual(['arrest', 'trial']);
  });
});
