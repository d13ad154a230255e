import { NextResponse } from 'next/server';
import { isOverloadedError, type OverloadedError } from './admission-gate';
import { readGate } from './read-gate-instance';

/**
 * A page cannot answer 503 once it renders, so the dashboard pages are admitted to the read gate earlier,
 * by proxy.ts: it waits for a slot (or answers 503 + Retry-After itself) and hands the page a ticket in this
 * request header; the page's data load claims the ticket and gives the slot back when its queries are done.
 * proxy.ts always overwrites the header, so a client cannot bring its own.
 */
export const READ_TICKET_HEADER = 'x-atlas-read-ticket';

/** The dashboard pages whose render reads aggregates and markers (the permalink reads one row). */
export const GATED_PAGES: ReadonlySet<string> = new Set(['/', '/embed']);

/** A ticket nobody claims (the render failed before its load) gives its slot back after this long. */
const UNCLAIMED_TICKET_MS = 10_000;

type Ticket = { claim: () => void; release: () => void };
const store = globalThis as typeof globalThis & { __incidentAtlasReadTickets?: Map<string, Ticket> };
const tickets = (store.__incidentAtlasReadTickets ??= new Map<string, Ticket>());

/** Waits for a read slot; resolves a ticket id, or the gate's OverloadedError when none comes soon. */
export function admitPageRead(): Promise<string | OverloadedError> {
  return new Promise((resolve, reject) => {
    readGate
      .run(
        () =>
          new Promise<void>((done) => {
            const id = crypto.randomUUID();
            const release = () => {
              clearTimeout(timer);
              tickets.delete(id);
              done();
            };
            const timer = setTimeout(release, UNCLAIMED_TICKET_MS);
            tickets.set(id, { claim: () => clearTimeout(timer), release });
            resolve(id);
          }),
      )
      .catch((error: unknown) => (isOverloadedError(error) ? resolve(error) : reject(error)));
  });
}

/** Claims the ticket proxy.ts issued: the slot is held until the returned release is called. */
export function claimPageRead(id: string | null | undefined): (() => void) | null {
  const ticket = id ? tickets.get(id) : undefined;
  if (!ticket) return null;
  ticket.claim();
  return ticket.release;
}

/** proxy.ts's answer when no slot comes in time: 503 with Retry-After and a short page in both languages. */
export function overloadedPage(error: OverloadedError): NextResponse {
  const s = error.retryAfterSeconds;
  const html =
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Incident Atlas is busy</title>' +
    `<p>Incident Atlas is busy. Please try again in ${s} s.</p>` +
    `<p lang="ko">Incident Atlas에 요청이 많습니다. ${s}초 후에 다시 시도해 주세요.</p></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: { 'retry-after': String(s), 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
