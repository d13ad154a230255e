import { DashboardLink } from '@/components/dashboard/dashboard-link';
import { EMPTY_FILTER } from '@/lib/incidents/filter';

/** In place of a chart with bare axes: what happened, and the way back. */
export function EmptyChart({ filtered }: { filtered: boolean }) {
  return (
    <div className="chart-box chart-empty" role="status">
      <p>No incidents in this view.</p>
      {filtered && <DashboardLink patch={EMPTY_FILTER}>Clear the filters</DashboardLink>}
    </div>
  );
}
