import { useTranslations } from 'next-intl';
import { PROVINCES } from '@/lib/geo/provinces';
import type { DashboardState } from '@/lib/url/dashboard-state';
import type { ReviewSort } from '@/lib/review/list-review-queue';
import { TypeOptions } from './type-options';

type Props = { state: DashboardState; sort: ReviewSort };

/**
 * The queue's filters: a plain GET form whose fields carry the dashboard's own parameter names (type, from,
 * to, province, q), so the dashboard's URL codec reads them and a queue view is a shareable link.
 */
export function QueueFilters({ state, sort }: Props) {
  const t = useTranslations('Review');
  return (
    <form className="queue-filters" method="get" action="/review" role="search" aria-label={t('filterQueue')}>
      <label>
        {t('search')}
        <input type="search" name="q" defaultValue={state.q} />
      </label>
      <label>
        {t('type')}
        <select name="type" defaultValue={state.types.length === 1 ? state.types[0] : ''}>
          <option value="">{t('allTypes')}</option>
          <TypeOptions />
        </select>
      </label>
      <label>
        {t('province')}
        <select name="province" defaultValue={state.provinces[0] ?? ''}>
          <option value="">{t('allProvinces')}</option>
          {PROVINCES.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('from')}
        <input name="from" defaultValue={state.from ?? ''} placeholder="YYYY-MM" size={10} />
      </label>
      <label>
        {t('to')}
        <input name="to" defaultValue={state.to ?? ''} placeholder="YYYY-MM" size={10} />
      </label>
      <label>
        {t('order')}
        <select name="sort" defaultValue={sort}>
          <option value="confidence">{t('leastSure')}</option>
          <option value="date">{t('newest')}</option>
        </select>
      </label>
      <button type="submit" className="button">
        {t('show')}
      </button>
    </form>
  );
}
