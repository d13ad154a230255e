import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { INTERVALS, toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';

export function IntervalSwitch({ state }: { state: DashboardState }) {
  const t = useTranslations('Charts');
  return (
    <nav className="interval-switch" aria-label={t('interval')}>
      {INTERVALS.map((by) => (
        <Link key={by} href={toDashboardHref(state, { by })} scroll={false} aria-current={state.by === by ? 'true' : undefined}>
          {t(by)}
        </Link>
      ))}
    </nav>
  );
}
