import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/dashboard/site-header';
import { formatIncidentDate, formatPlace } from '@/components/incidents/format';
import { IncidentFacts } from '@/components/incidents/incident-facts';
import { IncidentHistory } from '@/components/incidents/incident-history';
import { TypeBadge } from '@/components/incidents/type-badge';
import { getIncident } from '@/lib/incidents/get-incident';
import { loadIncidentPreview } from '@/lib/preview/load-preview';
import { toPreviewMetadata } from '@/lib/preview/preview-metadata';
import { DEFAULT_STATE, toDashboardHref } from '@/lib/url/dashboard-state';

type PageProps = { params: Promise<{ id: string }> };

async function loadIncident(params: PageProps['params']) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const incident = await getIncident(Number(id));
  if (!incident) notFound();
  return incident;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [incident, types, locale] = await Promise.all([loadIncident(params), getTranslations('Types'), getLocale()]);
  const title = `${types(incident.type)}: ${formatPlace(incident.placeName, incident.admin1, incident.country, locale)}, ${formatIncidentDate(incident.date, incident.datePrecision, locale)}`;
  const model = await loadIncidentPreview(incident.id);
  const preview = model ? toPreviewMetadata(`/api/og/incidents/${incident.id}`, model) : {};
  return {
    title: { absolute: `${title} · Incident Atlas` },
    description: incident.summary,
    openGraph: { title, description: incident.summary, type: 'article', siteName: 'Incident Atlas', ...preview.openGraph },
    twitter: { card: 'summary_large_image', ...preview.twitter, title, description: incident.summary },
  };
}

export default async function IncidentPage({ params }: PageProps) {
  const [incident, t] = await Promise.all([loadIncident(params), getTranslations('Incident')]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="permalink">
        <article className="panel" data-testid="incident-detail">
          <TypeBadge type={incident.type} />
          <h1 className="incident-summary">{incident.summary}</h1>
          <IncidentFacts incident={incident} />
          <p>
            <Link href={toDashboardHref(DEFAULT_STATE, { incident: incident.id })}>{t('showOnMap')}</Link>
          </p>
          <IncidentHistory incidentId={incident.id} />
        </article>
      </main>
    </>
  );
}
