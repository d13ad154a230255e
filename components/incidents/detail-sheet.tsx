'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';
import { parseDashboardState, toDashboardHref } from '@/lib/url/dashboard-state';

type Props = { incidentId: number; labelledBy: string; children: ReactNode };

/**
 * The selected incident where the user is looking: a panel fixed beside the map on a desktop, a sheet from
 * the bottom on a phone (CSS), so opening it moves nothing on the page. Escape closes it, and focus goes
 * back to what opened it (the list row, or the row of this incident when a marker opened it).
 */
export function DetailSheet({ incidentId, labelledBy, children }: Props) {
  const router = useRouter();
  const params = useSearchParams();
  const sheet = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    sheet.current?.focus({ preventScroll: true });
  }, [incidentId]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const href = toDashboardHref(parseDashboardState(new URLSearchParams(params.toString())), { incident: null });
      const back =
        (opener.current?.isConnected ? opener.current : null) ??
        document.querySelector<HTMLElement>(`[data-incident-id="${incidentId}"]`);
      router.push(href, { scroll: false });
      back?.focus({ preventScroll: true });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [router, params, incidentId]);

  return (
    <section
      ref={sheet}
      tabIndex={-1}
      className="panel incident-panel detail-sheet"
      aria-labelledby={labelledBy}
      data-testid="incident-detail"
    >
      {children}
    </section>
  );
}
