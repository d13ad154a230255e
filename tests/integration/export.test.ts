// The export streams on a real SQLite file with the demo data: every matching incident once, in the API's
// order, across page boundaries, rejected ones left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import type { ExportRecord } from '@/lib/export/export-record';
import type { readExportPages as ReadExportPages } from '@/lib/export/read-export-pages';
import { streamCsv } from '@/lib/export/stream-csv';
import { streamGeoJson } from '@/lib/export/stream-geojson';
import { parse } from 'csv-parse/sync';
import { CSV_HEADER } from '@/lib/export/csv-columns';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let readPages: typeof ReadExportPages;
let ids: { all: number[]; rejected: number; arrests: number[] };

beforeAll(async () => {
  db = createFreshDatabase('export');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  const { loadDemoData } = await import('@/lib/demo/load-demo-data');
  const prisma = createPrismaClient(db.url);
  await loadDemoData(prisma);
  // One incident rejected by a person, so the export must leave it out and name no reviewer for the rest.
  const victim = await prisma.incident.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await prisma.incident.update({ where: { id: victim.id }, data: { status: 'rejected' } });
  await prisma.auditLog.create({ data: { incidentId: victim.id, action: 'reject', actor: 'ana@example.org' } });
  const rows = await prisma.incident.findMany({ where: { status: { not: 'rejected' } }, orderBy: { id: 'desc' } });
  ids = { all: rows.map((r) => r.id), rejected: victim.id, arrests: rows.filter((r) => r.type === 'arrest').map((r) => r.id) };
  await prisma.$disconnect();
  readPages = (await import('@/lib/export/read-export-pages')).readExportPages;
});

afterAll(async () => {
  const { prisma } = await import('@/lib/db');
  await prisma.$disconnect();
  db.remove();
});

async function collect(pages: AsyncGenerator<ExportRecord[]>) {
  const sizes: number[] = [];
  const records: ExportRecord[] = [];
  for await (const page of pages) {
    sizes.push(page.length);
    records.push(...page);
  }
  return { sizes, records };
}

describe('export pages', () => {
  it('give every incident that is not rejected once, by descending id, one bounded page at a time', async () => {
    const { sizes, records } = await collect(readPages(EMPTY_FILTER, 'http://atlas.test', 4));
    expect(records.map((r) => r.id)).toEqual(ids.all);
    // Full pages of 4, then the remainder: exactly the sizes the incident count implies.
    const full = Math.floor(ids.all.length / 4);
    expect(sizes).toEqual([...Array<number>(full).fill(4), ...(ids.all.length % 4 ? [ids.all.length % 4] : [])]);
    expect(records[0].permalink).toBe(`http://atlas.test/incidents/${ids.all[0]}`);
    expect(records.every((r) => r.reviewer === null)).toBe(true);
  });

  it('apply the filter', async () => {
    const { records } = await collect(readPages({ ...EMPTY_FILTER, types: ['arrest'] }, '', 3));
    expect(records.map((r) => r.id)).toEqual(ids.arrests);
  });
});

describe('export streams', () => {
  it('CSV: BOM, header, one row per incident', async () => {
    const bytes = new Uint8Array(await new Response(streamCsv(readPages(EMPTY_FILTER, '', 5))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes)) as string[][];
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(ids.all);
  });

  it('GeoJSON: a FeatureCollection that parses, with null geometry when there are no coordinates', async () => {
    const text = await new Response(streamGeoJson(readPages(EMPTY_FILTER, '', 5))).text();
    const json = JSON.parse(text) as { type: string; features: { id: number; geometry: unknown; properties: ExportRecord }[] };
    expect(json.type).toBe('FeatureCollection');
    expect(json.features.map((f) => f.id)).toEqual(ids.all);
    for (const f of json.features) {
      const { lat, lon } = f.properties;
      expect(f.geometry).toEqual(lat === null || lon === null ? null : { type: 'Point', coordinates: [lon, lat] });
    }
  });

  it('GeoJSON of an empty set is still valid', async () => {
    const text = await new Response(streamGeoJson(readPages({ ...EMPTY_FILTER, q: 'no such text anywhere' }, ''))).text();
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('refreshSearchText', () => {
  it('rewrites stale search text with the place spellings and leaves current rows alone', async () => {
    const { createPrismaClient } = await import('@/lib/db/create-client');
    const { refreshSearchText } = await import('@/lib/incidents/refresh-search-text');
    const prisma = createPrismaClient(db.url);
    try {
      const target = await prisma.incident.findFirstOrThrow({ where: { placeName: 'Hoeryong' } });
      await prisma.incident.update({ where: { id: target.id }, data: { searchText: 'stale' } });
      expect(await refreshSearchText(prisma)).toBe(1);
      const { searchText } = await prisma.incident.findUniqueOrThrow({ where: { id: target.id } });
      expect(searchText).toContain('회령');
      expect(searchText).toContain('hoeryeong');
      expect(await refreshSearchText(prisma)).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
