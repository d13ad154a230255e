import { INCIDENT_TYPES, type IncidentType } from '@/lib/taxonomy';

/**
 * The stacked segments a timeline's rows hold: one per period and type with a count. The server coarsens a
 * timeline past MAX_SEGMENTS (count-timeline.ts); the chart draws steps instead of bars past MAX_BAR_SEGMENTS
 * (components/charts/timeline-shape.ts).
 */
export function countSegments(rows: Iterable<Partial<Record<IncidentType, number>>>): number {
  let n = 0;
  for (const row of rows) for (const type of INCIDENT_TYPES) if (row[type]) n++;
  return n;
}
