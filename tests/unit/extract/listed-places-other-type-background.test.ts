import { describe, expect, it } from 'vitest';
import { findTriggers } from '@/lib/ingest/extract/find-triggers';
import { extract, extractAll, types } from './helpers';

const typesIn = (s: string) => findTriggers(s).map((t) => t.type);

describe('one verb, several places', () => {
  it('makes one family punishment per town named in an aside', () => {
    const out = extractAll(['The parents of the three deserters, in Hoeryong and Musan, were stripped of their party cards in May.']);
    expect(out.filter((i) => i.type === 'family_punishment').map((i) => i.placeName).sort()).toEqual(['Hoeryong', 'Musan County']);
  });

  it('keeps listed neighbouring towns apart, though they lie within a few km', () => {
    const out = extractAll(['Agents detained four traders in Sinuiju and Uiju in early June.']);
    expect(out.filter((i) => i.type === 'arrest').map((i) => i.placeName).sort()).toEqual(['Sinuiju', 'Uiju County']);
  });

  it('reads "inmates of X were moved to Y" as one move, not two events', () => {
    const out = extract(['Two hundred inmates of Kyohwaso No. 12 were moved to Kyohwaso No. 1 in June.']);
    expect(types(out)).toEqual(['other']);
  });
});

describe('the catch-all type', () => {
  it.each([
    'Dozens of prisoners were transferred from Yodok to another camp.',
    'A cadre under investigation was found dead at his office in Hamhung.',
    'The detained trader died during interrogation in Onsong.',
    'The women were paraded in front of a crowd at the Hyesan market.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('other');
  });

  it('only keeps an `other` event tied to a place', () => {
    expect(extract(['A retired officer was found dead, his neighbours said.'])).toEqual([]);
  });

  it('reads a numbered camp after "at" or "of" as a place, not a sentence', () => {
    expect(typesIn('A prisoner was executed at Political Prison Camp No. 16 in June.')).toEqual(['execution']);
    expect(typesIn('He was sent to Kyohwaso No. 12 for five years.')).toContain('trial');
  });
});

describe('background that is not an event', () => {
  it('ignores escapes in an aside describing a place', () => {
    expect(extract(['Hyesan, a well-known spot for people fleeing to China, saw prices rise in May.'])).toEqual([]);
    expect(extract(['Prices rose in Jilin, where many escapees hide after crossing the river.'])).toEqual([]);
  });

  it('drops a case from an earlier year recalled for comparison', () => {
    const out = extract(['Police arrested a teacher in Musan in June.', 'In a similar case last year, a doctor in Hoeryong was arrested.'], '2024-06-20');
    expect(out.map((i) => i.placeName)).toEqual(['Musan County']);
  });

  it('reads what a law lists as no event, even with an aside', () => {
    expect(extract(["The country's new education law, passed in April, lists weekly lectures among the duties of schools."])).toEqual([]);
  });
});

describe('quiet words for surveillance', () => {
  it.each([
    'Detection vans were parked near the market.',
    'Radio-wave detection picked up two phones.',
    'Signal tracking has been stepped up along the river.',
    'Officers carried out house-to-house checks.',
    'An inspection team dispatched from the capital arrived on Monday.',
    'The 109 sangmu searched the homes.',
    'The same checks are being run at other sites.',
  ])('%s', (sentence) => {
    expect(typesIn(sentence)).toContain('crackdown');
  });
});

describe('dates told beside the event', () => {
  it('dates lead arrests from the next sentence that points back', () => {
    const out = extract(['Police arrested six residents in Hyesan for selling phones. The raid took place early last month.'], '2024-06-20');
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-05');
  });

  it('lets the opening of the next paragraph continue the event before it', () => {
    const out = extract(['Police raided a card game in Kanggye over the weekend.', 'The players were taken in for questioning.'], '2024-06-20');
    expect(out.find((i) => i.type === 'arrest')?.date).toBe('2024-06');
  });

  it('dates a search still under way to the month of the report', () => {
    const out = extract(['In Manpo, the 109 sangmu has been searching homes for USB sticks.'], '2024-06-20');
    expect(out[0]).toMatchObject({ type: 'crackdown', date: '2024-06' });
  });
});
