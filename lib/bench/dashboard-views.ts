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
  { name: 'text search (fallback)', query: 'q=chongjin' },
];

/** The map's first view: North Korea at zoom 7 (GET /api/markers' box and zoom). */
export const VIEWPORT = { bbox: [124, 37.5, 131, 43] as [number, number, number, number], zoom: 7 };
