'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useDashboardState } from '@/components/dashboard/use-dashboard-state';
import { DASHBOARD_TITLE } from '@/lib/url/page-titles';

type Props = { incidentId: number; title: string; labelledBy: string; children: ReactNode };

/**
 * The selected incident where the user is looking: a panel fixed beside the map on a desktop, a sheet from
 * the bottom on a phone (CSS), so opening it moves nothing on the page. Escape closes it, and focus goes
 * back to what opened it (the list row, or the row of this incident when a marker opened it).
 * Closing is a change of the URL in the browser, not a server render: the sheet hides as soon as the URL no
 * longer names its incident (Escape, the close link, Back), and the server's next render drops it. The tab's
 * title follows, since no server render brings new metadata.
 */
export function DetailSheet({ incidentId, title, labelledBy, children }: Props) {
  const { state, navigate } = useDashboardState();
  const open = state.incident === incidentId;
  const sheet = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    document.title = open ? title : DASHBOARD_TITLE;
  }, [open, title]);

  useEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    sheet.current?.focus({ preventScroll: true });
  }, [incidentId, open]);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const back =
        (opener.current?.isConnected ? opener.current : null) ??
        document.querySelector<HTMLElement>(`[data-incident-id="${incidentId}"]`);
      navigate({ incident: null });
      back?.focus({ preventScroll: true });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, incidentId, open]);

  if (!open) return null;
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
