import { INTERVALS, type DashboardState } from '@/lib/url/dashboard-state';
import { DashboardLink } from './dashboard-link';

const LABELS = { month: 'Month', week: 'Week', year: 'Year' } as const;

export function IntervalSwitch({ state }: { state: DashboardState }) {
  return (
    <nav className="interval-switch" aria-label="Chart interval">
      {INTERVALS.map((by) => (
        <DashboardLink key={by} patch={{ by }} aria-current={state.by === by ? 'true' : undefined}>
          {LABELS[by]}
        </DashboardLink>
      ))}
    </nav>
  );
}
