import { INCIDENT_TYPES } from '@/lib/taxonomy';

/** The views bench:dashboard measures: the default one and filter combinations a user makes. */
export const BENCH_VIEWS: { name: string; query: string }[] = [
  { name: 'default', query: '' },
  { name: 'one type', query: 'type=execution' },
  { name: 'all but one type', query: `type=${INCIDENT_TYPES.filter((t) => t !== 'arrest').join(',')}` },
  { name: 'date range (months)', query: 'from=2020-01&to=2021-06' },
  { name: 'date range (days)', query: 'from=2019-03-15&to=2019-04-10' },
  { name: 'province', query: 'province=north-hamgyong' },
  { name: 'combined', query: 'type=arrest,trial&from=2018-01&to=2022-12&province=ryanggang' },
  { name: 'weekly chart', query: 'by=week&from=2024-01&to=2024-12' },
  // Text search: a word in about a tenth of the synthetic incidents, a rare one, and one too short for a trigram index.
  { name: 'text search (common)', query: 'q=chongjin' },
  { name: 'text search (rare)', query: 'q=kuandian' },
  { name: 'text search (2 characters)', query: 'q=zz' },
];

/** The views whose name contains one of `names` (comma-separated, any case); all of them when `names` is empty. */
export function selectBenchViews(names: string | undefined): { name: string; query: string }[] {
  const wanted = (names ?? '').split(',').map((n) => n.trim().toLowerCase()).filter(Boolean);
  if (!wanted.length) return BENCH_VIEWS;
  const views = BENCH_VIEWS.filter((v) => wanted.some((w) => v.name.toLowerCase().includes(w)));
  if (!views.length) throw new Error(`No bench view matches "${names}". Views: ${BENCH_VIEWS.map((v) => v.name).join('; ')}`);
  return views;
}

/** The map's first view: North Korea at zoom 7 (GET /api/markers' box and zoom). */
export const VIEWPORT = { bbox: [124, 37.5, 131, 43] as [number, number, number, number], zoom: 7 };
