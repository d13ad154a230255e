import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Feature = { id: number; geometry: unknown; properties: Record<string, unknown> };

const VIEW = 'type=arrest,trial,crackdown&province=north-hamgyong';

/** Every page of /api/incidents for a view, following the cursor: the reference the exports must equal. */
async function fetchAllFeatures(request: APIRequestContext, query: string): Promise<Feature[]> {
  const features: Feature[] = [];
  let cursor: number | null = null;
  do {
    const res = await request.get(`/api/incidents?${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { features: Feature[]; nextCursor: number | null };
    features.push(...body.features);
    cursor = body.nextCursor;
  } while (cursor);
  return features;
}

async function download(page: Page, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const spreadsheetText = (v: unknown) => (v === null || v === undefined ? '' : /^[=+\-@\t\r]/.test(String(v)) ? `'${v}` : String(v));
const sorted = (v: unknown) => [...(v as string[])].sort();

test('the Download menu exports the current view as CSV, row for row what the API gives', async ({ page, request }) => {
  const expected = await fetchAllFeatures(request, VIEW);
  expect(expected.length).toBeGreaterThan(1);
  await page.goto(`/?${VIEW}`);
  const { name, bytes } = await download(page, /^CSV/);
  expect(name).toMatch(/^incident-atlas_arrest-trial-crackdown_north-hamgyong_\d{8}-\d{4}Z\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(bytes.toString('utf8').slice(1)) as string[][];
  const col = (row: string[], name: string) => row[header.indexOf(name)];
  expect(rows.length).toBe(expected.length);
  rows.forEach((row, i) => {
    const { id, properties: p } = expected[i];
    expect(Number(col(row, 'id'))).toBe(id);
    for (const field of ['type', 'summary', 'evidence', 'date', 'datePrecision', 'placeName', 'admin1', 'country', 'locationPrecision', 'status']) {
      expect(col(row, field), `${field} of #${id}`).toBe(spreadsheetText(p[field]));
    }
    for (const field of ['lat', 'lon', 'confidence']) expect(col(row, field)).toBe(p[field] === null ? '' : String(p[field]));
    expect(col(row, 'tags').split('; ').filter(Boolean).sort()).toEqual(sorted(p.tags));
    const sources = p.sources as { title: string; url: string | null }[];
    expect(col(row, 'sourceTitles').split('\n').sort()).toEqual(sources.map((s) => spreadsheetText(s.title)).sort());
    expect(col(row, 'permalink')).toMatch(new RegExp(`/incidents/${id}$`));
  });
});

test('the Download menu exports the current view as GeoJSON, feature for feature what the API gives', async ({ page, request }) => {
  const expected = await fetchAllFeatures(request, VIEW);
  await page.goto(`/?${VIEW}`);
  const { name, bytes } = await download(page, /^GeoJSON/);
  expect(name).toMatch(/_north-hamgyong_\d{8}-\d{4}Z\.geojson$/);
  const collection = JSON.parse(bytes.toString('utf8')) as { type: string; features: Feature[] };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.map((f) => f.id)).toEqual(expected.map((f) => f.id));
  collection.features.forEach((feature, i) => {
    const reference = expected[i];
    expect(feature.geometry).toEqual(reference.geometry);
    const { permalink, reviewer, placeNameKorean, tags, sources, ...rest } = feature.properties;
    const { tags: refTags, sources: refSources, ...refRest } = reference.properties;
    expect(rest).toEqual(refRest);
    expect(sorted(tags)).toEqual(sorted(refTags));
    expect(sources).toEqual(expect.arrayContaining(refSources as unknown[]));
    expect(permalink).toMatch(new RegExp(`/incidents/${feature.id}$`));
    expect(reviewer === null || typeof reviewer === 'string').toBe(true);
    expect(placeNameKorean === null || /^[\uac00-\ud7a3 ]+$/.test(String(placeNameKorean))).toBe(true);
  });
});

test('exports validate the filter as strictly as the API', async ({ request }) => {
  for (const format of ['csv', 'geojson']) {
    for (const query of ['type=bogus', 'from=2024-13', 'limit=5', 'type=arrest&type=trial']) {
      const res = await request.get(`/api/export.${format}?${query}`);
      expect(res.status(), `${format} ${query}`).toBe(400);
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(5);
    }
  }
});
