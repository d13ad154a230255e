import { PROVINCES } from '@/lib/geo/provinces';
import { TypeOptions } from './type-options';
import type { DashboardState } from '@/lib/url/dashboard-state';
import type { ReviewSort } from '@/lib/review/list-review-queue';

type Props = { state: DashboardState; sort: ReviewSort };

/**
 * The queue's filters: a plain GET form whose fields carry the dashboard's own parameter names (type, from,
 * to, province, q), so the dashboard's URL codec reads them and a queue view is a shareable link.
 */
export function QueueFilters({ state, sort }: Props) {
  return (
    <form className="queue-filters" method="get" action="/review" role="search" aria-label="Filter the queue">
      <label>
        Search
        <input type="search" name="q" defaultValue={state.q} />
      </label>
      <label>
        Type
        <select name="type" defaultValue={state.types.length === 1 ? state.types[0] : ''}>
          <option value="">All types</option>
          <TypeOptions />
        </select>
      </label>
      <label>
        Province
        <select name="province" defaultValue={state.provinces[0] ?? ''}>
          <option value="">All provinces</option>
          {PROVINCES.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input name="from" defaultValue={state.from ?? ''} placeholder="YYYY-MM" size={10} />
      </label>
      <label>
        To
        <input name="to" defaultValue={state.to ?? ''} placeholder="YYYY-MM" size={10} />
      </label>
      <label>
        Order
        <select name="sort" defaultValue={sort}>
          <option value="confidence">Least sure first</option>
          <option value="date">Newest first</option>
        </select>
      </label>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}
