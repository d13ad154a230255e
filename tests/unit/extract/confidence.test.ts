import { describe, expect, it } from 'vitest';
import { extractCandidates } from '@/lib/ingest/extract/extract-incidents';
import { article } from './helpers';

const candidates = (paragraphs: string[]) => extractCandidates(article(paragraphs));

describe('calibrated confidence', () => {
  it('trusts an arrest whose sentence gives place, date and actor more than a raid placed by the article', () => {
    const out = candidates([
      'Police arrested two smugglers in Hyesan on June 3, a source in Ryanggang Province said.',
      'Raids have been stepped up as well.',
    ]);
    const arrest = out.find((c) => c.incident.type === 'arrest')!;
    const raid = out.find((c) => c.incident.type === 'crackdown')!;
    expect(arrest.incident.confidence).toBeGreaterThanOrEqual(0.8);
    expect(raid.probability).toBeLessThan(arrest.probability);
  });

  it('names the lexicon entry that found the incident, without its auxiliaries, for the model to weigh', () => {
    const [arrest] = candidates(['Two smugglers were arrested in Hyesan on June 3, a source said.']);
    expect(arrest.incident.type).toBe('arrest');
    expect(arrest.features['trigger:arrest:arrested']).toBe(1);
    expect(Object.keys(arrest.features).filter((name) => name.startsWith('trigger:'))).toEqual(['trigger:arrest:arrested']);
  });

  it('keeps an escape placed only at a river or line below the high-confidence band', () => {
    const [escape] = candidates(['A soldier crossed the MDL on June 2.']);
    expect(escape.incident.type).toBe('defection');
    expect(escape.incident.confidence).toBeLessThan(0.8);
  });

  it('trusts an arrest placed only in the country less than the same arrest placed at a town', () => {
    const [town] = candidates(['Police arrested two smugglers in Hyesan on June 3, a source said.']);
    const [country] = candidates(['Police arrested two smugglers in North Korea on June 3, a source said.']);
    expect(town.incident.type).toBe('arrest');
    expect(country.incident.type).toBe('arrest');
    expect(country.probability).toBeLessThan(town.probability);
  });

  it('trusts an event told in two sentences more than the same event told once', () => {
    const once = ['Security agents detained a phone broker in Musan on June 3, a source said.'];
    const [single] = candidates(once);
    const [twice] = candidates([...once, 'The broker was detained at his home near the river, the source added.']);
    expect(twice.incident.type).toBe('arrest');
    expect(twice.probability).toBeGreaterThan(single.probability);
  });

  it('marks a place as listed only while the article tells it nowhere but in the list', () => {
    const lead = 'Phone sweeps were reported this month in Hyesan, Hoeryong and Manpo, sources said.';
    const listedOnly = candidates([lead]).find((c) => c.incident.placeName === 'Hoeryong');
    const toldAgain = candidates([lead, 'In Hoeryong, a second team searched the homes of traders near the market on May 8.']).find(
      (c) => c.incident.type === 'crackdown' && c.incident.placeName === 'Hoeryong',
    );
    expect(listedOnly?.features['told:listed']).toBe(1);
    expect(toldAgain?.features['told:listed'] ?? 0).toBe(0);
  });
});
