import Link from 'next/link';
import { INTERVALS, toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';

const LABELS = { month: 'Month', week: 'Week', year: 'Year' } as const;

export function IntervalSwitch({ state }: { state: DashboardState }) {
  return (
    <nav className="interval-switch" aria-label="Chart interval">
      {INTERVALS.map((by) => (
        <Link key={by} href={toDashboardHref(state, { by })} scroll={false} aria-current={state.by === by ? 'true' : undefined}>
          {LABELS[by]}
        </Link>
      ))}
    </nav>
  );
}
