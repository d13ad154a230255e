import { useTranslations } from 'next-intl';
import Link from 'next/link';

export type ChartTableRow = { label: string; count: number; href: string | null };

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
              <th scope="row">{row.href ? <Link href={row.href} scroll={false}>{row.label}</Link> : row.label}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
