'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useOptimistic, useTransition } from 'react';
import { parseDashboardState, toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';
import { needsServerRender } from '@/lib/url/needs-server-render';

/** The state in the browser's address bar at this instant, ahead of React's next render. */
const liveState = () => parseDashboardState(new URLSearchParams(window.location.search));

/**
 * The dashboard state as the browser's URL holds it now. Read from the URL rather than from props, because
 * filter changes and map moves rewrite the URL without a server round trip.
 * A server navigation (selecting an incident) shows where it is going while it runs (React's optimistic
 * state); the URL stays the only source of truth once it lands.
 */
export function useDashboardState() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const state = useMemo(() => parseDashboardState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const [shown, showPending] = useOptimistic(state, (_current, next: DashboardState) => next);
  const [isPending, startTransition] = useTransition();

  /**
   * A change the user can go Back from: a new history entry. Filters, interval and page stay in the
   * browser (Next.js keeps useSearchParams in step with pushState, and each widget fetches its JSON);
   * only a selection or a language asks the server for a new render.
   */
  const navigate = useCallback(
    (patch: Partial<DashboardState>) => {
      // The map's view is written in place (replaceView) and may not have been rendered yet: a click just
      // after a zoom would otherwise push the view from before it. Everything else comes from the shown state,
      // which also holds a server navigation still on its way.
      const href = toDashboardHref({ ...shown, map: liveState().map }, patch);
      startTransition(() => {
        // The controls show the new state at once; Next.js's own update of the URL state lands in this
        // transition too (its pushState hook starts one), so the two never disagree on screen.
        showPending(parseDashboardState(new URLSearchParams(href.slice(2))));
        if (needsServerRender(patch)) router.push(href, { scroll: false });
        else window.history.pushState(null, '', href);
      });
    },
    [router, shown, showPending],
  );

  /**
   * A view change that needs no new history entry (map pan/zoom): rewrite the URL in place. It reads the URL
   * as it is at the call, not the state of the last render: a map move that ends just after a click on "Year"
   * (pushState, not yet rendered) would otherwise write the old interval back over the new one.
   */
  const replaceView = useCallback((patch: Partial<DashboardState>) => {
    window.history.replaceState(null, '', toDashboardHref(liveState(), patch));
  }, []);

  return { state: shown, isPending, navigate, replaceView };
}
