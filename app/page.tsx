import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard/dashboard';
import { loadDashboard } from '@/lib/dashboard/load-dashboard';
import { getTileAttribution, getTileUrl } from '@/lib/env';
import { toFilterQuery } from '@/lib/export/export-href';
import { toViewPreview } from '@/lib/preview/load-preview';
import { toPreviewMetadata } from '@/lib/preview/preview-metadata';
import { describeView } from '@/lib/url/describe-view';
import { parseDashboardState } from '@/lib/url/dashboard-state';
import { DASHBOARD_TITLE, incidentTitle } from '@/lib/url/page-titles';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const data = await loadDashboard(parseDashboardState(await searchParams));
  const description = describeView(data.state, data.stats.total);
  const title = data.incident ? incidentTitle(data.incident.summary) : DASHBOARD_TITLE;
  const query = toFilterQuery(data.state);
  const preview = toPreviewMetadata(`/api/og${query ? `?${query}` : ''}`, toViewPreview(data.state, data.stats.byType, []));
  return {
    title: { absolute: title },
    description,
    openGraph: { title, description, type: 'website', siteName: 'Incident Atlas', ...preview.openGraph },
    twitter: { ...preview.twitter, title, description },
  };
}

export default async function DashboardPage({ searchParams }: PageProps) {
  const data = await loadDashboard(parseDashboardState(await searchParams));
  return <Dashboard data={data} tileUrl={getTileUrl()} tileAttribution={getTileAttribution()} />;
}
