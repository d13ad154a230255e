import 'server-only';
import { runAdmittedRead } from '@/lib/dashboard/run-admitted-read';
import { getIncidentStats } from '@/lib/incidents/get-incident-stats';
import { toIncidentFilter } from '@/lib/incidents/filter';
import { getMapMarkers } from '@/lib/markers/get-map-markers';
import type { DashboardState } from '@/lib/url/dashboard-state';

/** What the embedded map needs: the count and the markers, nothing else of the dashboard (in its read slot). */
export async function loadEmbed(state: DashboardState) {
  const filter = toIncidentFilter(state);
  const [stats, markers] = await runAdmittedRead(() => Promise.all([getIncidentStats(filter, 'month'), getMapMarkers(filter)]));
  return { total: stats.total, markers };
}
