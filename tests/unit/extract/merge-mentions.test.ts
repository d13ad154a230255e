import { describe, expect, it } from 'vitest';
import { getPlace } from '@/lib/geo/gazetteer';
import { mergeMentions } from '@/lib/ingest/extract/merge-mentions';
import type { Mention } from '@/lib/ingest/extract/types';
import { extractAll } from './helpers';

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

  it('lets a background mention date the same event told as news, and drops it when there is none', () => {
    const dated = { date: '2024-10', precision: 'month' as const, mentioned: true };
    const background = mention({ type: 'defection', place: place('kp-pyongyang'), date: dated, background: true });
    const news = mention({ type: 'defection', sentence: 1, place: place('kp-hoeryong') });
    const out = mergeMentions([background, news]);
    expect(out).toHaveLength(1);
    expect(out[0].place?.id).toBe('kp-hoeryong');
    expect(out[0].date.date).toBe('2024-10');
    expect(mergeMentions([background])).toHaveLength(0);
  });

  it('keeps a state begun on a date together with what is told of it later', () => {
    const since = { date: '2026-01', precision: 'month' as const, mentioned: true, since: true };
    const later = { date: '2026-02-02', precision: 'day' as const, mentioned: true };
    const earlier = { date: '2025-11', precision: 'month' as const, mentioned: true };
    const a = mention({ type: 'crackdown', place: place('kp-pyongyang'), date: since });
    expect(mergeMentions([a, mention({ type: 'crackdown', sentence: 2, place: place('kp-pyongyang'), date: later })])).toHaveLength(1);
    expect(mergeMentions([a, mention({ type: 'crackdown', sentence: 2, place: place('kp-pyongyang'), date: earlier })])).toHaveLength(2);
  });
});

describe('a sentence that opens on another case', () => {
  it('keeps an arrest told "around the same time" in another county of the province apart', () => {
    const out = extractAll(
      [
        'In Kimjongsuk County, a woman who carried phones for brokers was detained by the county security branch in the second week of March. Around the same time, a man in Pochon County was caught with bags of Chinese clothing.',
      ],
      '2019-03-26',
    ).filter((i) => i.type === 'arrest');
    expect(out.map((i) => i.placeName).sort()).toEqual(['Kimjongsuk County', 'Pochon County']);
  });
});
