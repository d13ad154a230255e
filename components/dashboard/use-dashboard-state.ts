'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useOptimistic, useTransition } from 'react';
import { parseDashboardState, toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';

/**
 * The dashboard state as the browser's URL holds it now. Read from the URL rather than from props, because
 * map moves rewrite the URL without a server round trip and a later filter change must keep them.
 * While a navigation is under way the controls show where it is going (React's optimistic state), so a
 * ticked box answers at once; the URL stays the only source of truth once the navigation lands.
 */
export function useDashboardState() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const state = useMemo(() => parseDashboardState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const [shown, showPending] = useOptimistic(state, (_current, next: DashboardState) => next);
  const [isPending, startTransition] = useTransition();

  /** A filter change: a new history entry and a server render of the new view. */
  const navigate = useCallback(
    (patch: Partial<DashboardState>) => {
      const href = toDashboardHref(shown, patch);
      startTransition(() => {
        showPending(parseDashboardState(new URLSearchParams(href.slice(2))));
        router.push(href, { scroll: false });
      });
    },
    [router, shown, showPending],
  );

  /** A view change that needs no new data (map pan/zoom): rewrite the URL in place. */
  const replaceView = useCallback(
    (patch: Partial<DashboardState>) => window.history.replaceState(null, '', toDashboardHref(state, patch)),
    [state],
  );

  return { state: shown, isPending, navigate, replaceView };
}
