import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { IncidentDetail } from '@/lib/incidents/incident-dto';
import { toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';
import { IncidentFacts } from './incident-facts';
import { IncidentHistory } from './incident-history';
import { TypeBadge } from './type-badge';

type Props = { incident: IncidentDetail; state: DashboardState };

/** The selected incident, beside the map. */
export function IncidentPanel({ incident, state }: Props) {
  const t = useTranslations('Incident');
  return (
    <section className="panel incident-panel" aria-labelledby="incident-panel-title" data-testid="incident-detail">
      <div className="incident-panel-head">
        <TypeBadge type={incident.type} />
        <Link href={toDashboardHref(state, { incident: null })} scroll={false} className="link-button">
          {t('close')}
        </Link>
      </div>
      <h2 id="incident-panel-title" className="incident-summary">
        {incident.summary}
      </h2>
      <IncidentFacts incident={incident} tagHref={(tag) => toDashboardHref(state, { tags: [tag] })} />
      <p>
        <Link href={`/incidents/${incident.id}`}>{t('permalink')}</Link>
      </p>
      <IncidentHistory incidentId={incident.id} />
    </section>
  );
}
