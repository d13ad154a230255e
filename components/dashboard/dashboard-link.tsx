'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ComponentProps, MouseEvent } from 'react';
import { useDashboardState } from './use-dashboard-state';
import { toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';
import { needsServerRender } from '@/lib/url/needs-server-render';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'scroll' | 'prefetch'> & { patch: Partial<DashboardState> };

/** A plain left click, which the page may handle itself; any other (new tab, download, …) is the browser's. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && !event.defaultPrevented;

/**
 * A link to the dashboard as the browser's URL holds it now, changed by `patch`: a real href (it works
 * without JavaScript, in a new tab, copied), built on the client from the live search params, because a map
 * move or a filter change rewrites the URL in place. Never prefetched: a prefetch would compute the whole
 * page on the server for a view the user may never open. A click on a filter, interval or page link is
 * handled in the browser (no server render); a selection goes through the router.
 */
export function DashboardLink({ patch, onClick, ...rest }: Props) {
  const { state, navigate } = useDashboardState();
  // From another page (a permalink's tag chip) the dashboard has to be loaded: a plain router navigation.
  const onDashboard = usePathname() === '/';
  const href = toDashboardHref(state, patch);
  return (
    <Link
      href={href}
      scroll={false}
      prefetch={false}
      onClick={(event) => {
        onClick?.(event);
        if (!onDashboard || needsServerRender(patch) || !isPlainClick(event)) return;
        event.preventDefault();
        navigate(patch);
      }}
      {...rest}
    />
  );
}
