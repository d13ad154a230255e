'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { ComponentProps } from 'react';
import { parseDashboardState, toDashboardHref, type DashboardState } from '@/lib/url/dashboard-state';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'scroll'> & { patch: Partial<DashboardState> };

/**
 * A link to the dashboard as the browser's URL holds it now, changed by `patch`. Built on the client from the
 * live search params, because a map move rewrites the URL in place and a link rendered on the server would
 * not know the new `map=`.
 */
export function DashboardLink({ patch, ...rest }: Props) {
  const params = useSearchParams();
  const href = toDashboardHref(parseDashboardState(new URLSearchParams(params.toString())), patch);
  return <Link href={href} scroll={false} {...rest} />;
}
