import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DashboardLink } from '@/components/dashboard/dashboard-link';
import type { IncidentDetail } from '@/lib/incidents/incident-dto';
import { incidentTitle } from '@/lib/url/page-titles';
import { DetailSheet } from './detail-sheet';
import { IncidentFacts } from './incident-facts';
import { IncidentHistory } from './incident-history';
import { TypeBadge } from './type-badge';

type Props = { incident: IncidentDetail };

/** The selected incident, in a sheet beside the map (see DetailSheet). */
export function IncidentPanel({ incident }: Props) {
  const t = useTranslations('Incident');
  return (
    <DetailSheet incidentId={incident.id} title={incidentTitle(incident.summary)} labelledBy="incident-panel-title">
      <div className="incident-panel-head">
        <TypeBadge type={incident.type} />
        <DashboardLink patch={{ incident: null }} className="link-button" aria-label={t('closeLabel')}>
          {t('close')}
        </DashboardLink>
      </div>
      <h2 id="incident-panel-title" className="incident-summary">
        {incident.summary}
      </h2>
      <IncidentFacts incident={incident} tagLinks />
      <p>
        <Link href={`/incidents/${incident.id}`}>{t('permalink')}</Link>
      </p>
      <IncidentHistory incidentId={incident.id} />
    </DetailSheet>
  );
}
