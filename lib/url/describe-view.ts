import { getProvinceBySlug } from '@/lib/geo/provinces';
import { TYPE_LABELS } from '@/lib/taxonomy';
import type { StatusFilter } from '@/lib/incidents/filter';
import type { DashboardState } from './dashboard-state';

const STATUS_WORDS: Record<StatusFilter, string> = {
  reviewed: 'reviewed only',
  auto: 'awaiting review',
  rejected: 'rejected only',
  all: 'rejected included',
};

/** One line that says what a shared dashboard link shows, for link previews. */
export function describeView(state: DashboardState, total: number): string {
  const what = state.types.length ? state.types.map((t) => TYPE_LABELS[t].toLowerCase()).join(', ') : 'all types';
  const parts = [`${total} incident${total === 1 ? '' : 's'} (${what})`];
  if (state.provinces.length) parts.push(`in ${state.provinces.map((s) => getProvinceBySlug(s)?.name ?? s).join(', ')}`);
  if (state.from || state.to) parts.push(`from ${state.from ?? 'the start'} to ${state.to ?? 'now'}`);
  if (state.q) parts.push(`matching “${state.q}”`);
  if (state.status) parts.push(STATUS_WORDS[state.status]);
  return `${parts.join(' ')}.`;
}
