// The timeline falls back to a coarser interval when its bars would hold more stacked segments than the
// browser draws quickly (MAX_SEGMENTS), even when the number of periods alone is within MAX_PERIODS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { EMPTY_FILTER } from '@/lib/incidents/filter';
import { saveArticle } from '@/lib/incidents/save-article';
import { INCIDENT_TYPES } from '@/lib/taxonomy';
import type * as Stats from '@/lib/incidents/get-incident-stats';
import type * as Timeline from '@/lib/incidents/count-timeline';
import { createFreshDatabase } from '../support/fresh-database';

let db: ReturnType<typeof createFreshDatabase>;
let prisma: PrismaClient;
let stats: typeof Stats;
let timeline: typeof Timeline;

// Months 2010-01 … enough for every type in every month to exceed the cap, while a view without one type
// lands exactly on it.
const MONTHS = 100;
const monthOf = (i: number) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

beforeAll(async () => {
  db = createFreshDatabase('timeline-density');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  prisma = createPrismaClient(db.url);
  stats = await import('@/lib/incidents/get-incident-stats');
  timeline = await import('@/lib/incidents/count-timeline');
  const incidents = Array.from({ length: MONTHS }, (_, i) =>
    INCIDENT_TYPES.map((type) => ({
      type, tags: [], summary: `Dense test ${type} ${i}.`, evidence: '', status: 'auto', confidence: 0.5, actors: [],
      placeName: 'Hyesan', admin1: 'Ryanggang', country: 'KP', lat: 41.4, lon: 128.18, locationPrecision: 'city',
      date: `${monthOf(i)}-15`, datePrecision: 'day',
    })),
  ).flat();
  await saveArticle(prisma, {
    title: 'Dense timeline', outlet: null, url: null, publishedAt: null, contentHash: `timeline-density-${Math.random()}`,
    text: null, sourcePath: null, incidents: incidents as never,
  });
});

afterAll(async () => {
  await prisma?.$disconnect();
  const { prisma: app } = await import('@/lib/db');
  await app.$disconnect();
  db?.remove();
});

describe('a timeline too dense to draw', () => {
  it('is shown by year when its months hold more segments than the cap, and says it was asked by month', async () => {
    expect(MONTHS).toBeLessThanOrEqual(timeline.MAX_PERIODS);
    expect(MONTHS * INCIDENT_TYPES.length).toBeGreaterThan(timeline.MAX_SEGMENTS);
    const view = await stats.getIncidentStats(EMPTY_FILTER, 'month');
    expect(view.interval).toBe('year');
    expect(view.coarsenedFrom).toBe('month');
    expect(view.byPeriod.map((p) => p.period)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018']);
    const drawn = view.byPeriod.reduce((sum, p) => sum + INCIDENT_TYPES.reduce((n, t) => n + (p[t] ?? 0), 0), 0);
    expect(drawn).toBe(MONTHS * INCIDENT_TYPES.length);
    // The years are summed from the months counted first: the same answer as asking by year.
    expect(view.byPeriod).toEqual((await timeline.countTimeline(EMPTY_FILTER, 'year')).byPeriod);
  });

  it('keeps months when a filter brings the segments down to the cap', async () => {
    const types = INCIDENT_TYPES.slice(0, Math.floor(timeline.MAX_SEGMENTS / MONTHS));
    const view = await stats.getIncidentStats({ ...EMPTY_FILTER, types }, 'month');
    expect(view.interval).toBe('month');
    expect(view.coarsenedFrom).toBeNull();
    expect(view.byPeriod).toHaveLength(MONTHS);
    expect(view.byPeriod.every((p) => types.every((t) => p[t] === 1))).toBe(true);
  });
});
