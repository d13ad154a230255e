import { useTranslations } from 'next-intl';
import { DashboardLink } from '@/components/dashboard/dashboard-link';
import type { DashboardState } from '@/lib/url/dashboard-state';

/** `patch`: the dashboard change a row's link makes (null: not a link). */
export type ChartTableRow = { label: string; count: number; patch: Partial<DashboardState> | null };

/** The chart's numbers as a table of links: what a keyboard or screen-reader user clicks instead of a bar. */
export function ChartTable({ caption, rows }: { caption: string; rows: ChartTableRow[] }) {
  const t = useTranslations('Charts');
  return (
    <details className="chart-table">
      <summary>{t('showTable')}</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('periodOrPlace')}</th>
            <th scope="col">{t('incidents')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.patch ? <DashboardLink patch={row.patch}>{row.label}</DashboardLink> : row.label}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
