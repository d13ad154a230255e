import { useLocale, useTranslations } from 'next-intl';
import { DashboardLink } from '@/components/dashboard/dashboard-link';
import type { IncidentDetail } from '@/lib/incidents/incident-dto';
import { formatIncidentDate, formatPlace } from './format';

const STATUS_KEYS = { auto: 'machine', reviewed: 'reviewed', rejected: 'rejected' } as const;

/** `tagLinks`: tags are links that filter the dashboard (in the dashboard's panel, not on the permalink). */
type Props = { incident: IncidentDetail; tagLinks?: boolean };

/** Date, place, tags, actors, evidence and sources of one incident: shared by the panel and the permalink. */
export function IncidentFacts({ incident, tagLinks = false }: Props) {
  const t = useTranslations('Incident');
  const dateTo = useTranslations('DateTo');
  const placeTo = useTranslations('LocationPrecision');
  const locale = useLocale();
  return (
    <>
      <dl className="facts">
        <dt>{t('date')}</dt>
        <dd data-testid="incident-date">
          {formatIncidentDate(incident.date, incident.datePrecision, locale)}
          <span className="muted"> ({dateTo(incident.datePrecision)})</span>
        </dd>
        <dt>{t('place')}</dt>
        <dd data-testid="incident-place">
          {formatPlace(incident.placeName, incident.admin1, incident.country, locale)}
          <span className="muted"> ({placeTo(incident.locationPrecision)})</span>
        </dd>
        {incident.tags.length > 0 && (
          <>
            <dt>{t('tags')}</dt>
            <dd>
              <ul className="chip-row">
                {incident.tags.map((tag) => (
                  <li key={tag}>{tagLinks ? <DashboardLink className="chip" patch={{ tags: [tag] }}>{tag}</DashboardLink> : <span className="chip">{tag}</span>}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {incident.actors.length > 0 && (
          <>
            <dt>{t('actors')}</dt>
            <dd>{incident.actors.join(', ')}</dd>
          </>
        )}
        <dt>{t('status')}</dt>
        <dd>
          {t(STATUS_KEYS[incident.status as keyof typeof STATUS_KEYS] ?? 'machine')}
          <span className="muted"> · {t('confidence', { percent: Math.round(incident.confidence * 100) })}</span>
        </dd>
      </dl>
      {incident.evidence && (
        <blockquote className="evidence" data-testid="incident-evidence">
          {incident.evidence}
        </blockquote>
      )}
      <h3 className="sources-heading">{t('sources')}</h3>
      <ul className="sources" data-testid="incident-sources">
        {incident.sources.map((s) => (
          <li key={s.articleId}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            <span className="muted">
              {' '}
              — {s.outlet ?? t('unknownOutlet')}
              {s.publishedAt ? `, ${s.publishedAt}` : `, ${t('noPublicationDate')}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
