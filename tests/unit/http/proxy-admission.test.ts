import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Store = { __incidentAtlasReadGate?: unknown; __incidentAtlasReadTickets?: unknown };

/**
 * proxy.ts on a read gate that is full (one slot, one waiting place, both taken by work that has not
 * finished): the dashboard pages answer 503 with Retry-After at once, as the API does (its route handlers
 * share the gate: lib/http/read-gate.ts), and a page that is not gated (the permalink) still goes through.
 */
async function loadSaturated(saturate = true) {
  delete (globalThis as Store).__incidentAtlasReadGate;
  delete (globalThis as Store).__incidentAtlasReadTickets;
  vi.stubEnv('READ_CONCURRENCY', '1');
  vi.stubEnv('READ_QUEUE', '1');
  vi.stubEnv('READ_MAX_WAIT_MS', '60000');
  vi.resetModules();
  const { readGate } = await import('@/lib/http/read-gate-instance');
  let finish!: () => void;
  const blocker = new Promise<void>((resolve) => (finish = resolve));
  const held = saturate ? [readGate.run(() => blocker), readGate.run(() => blocker)] : [];
  if (saturate) expect(readGate.stats()).toEqual({ active: 1, waiting: 1 });
  const { proxy } = await import('@/proxy');
  return { proxy, release: async () => (finish(), await Promise.all(held)) };
}

describe('proxy.ts sheds the dashboard pages when the read gate is full', () => {
  beforeEach(() => vi.stubEnv('NODE_ENV', 'production'));
  afterEach(() => vi.unstubAllEnvs());

  it('`/` and `/embed` get 503 + Retry-After from proxy.ts, with the security headers; the permalink is not held', async () => {
    const { proxy, release } = await loadSaturated();
    for (const path of ['/', '/embed?type=arrest', '/?lang=ko']) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.status, path).toBe(503);
      expect(Number(response.headers.get('retry-after')), path).toBeGreaterThanOrEqual(1);
      expect(response.headers.get('content-security-policy'), path).toContain('frame-ancestors');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const permalink = await proxy(new NextRequest('http://localhost/incidents/1'));
    expect(permalink.status).toBe(200);
    await release();
  });

  it('an admitted page gets a ticket of the gate, never one the client brought', async () => {
    const { proxy, release } = await loadSaturated(false);
    const response = await proxy(new NextRequest('http://localhost/', { headers: { 'x-atlas-read-ticket': 'forged' } }));
    expect(response.status).toBe(200);
    const ticket = response.headers.get('x-middleware-request-x-atlas-read-ticket');
    expect(ticket).toMatch(/^[0-9a-f-]{36}$/);
    const { claimPageRead } = await import('@/lib/http/page-admission');
    claimPageRead(ticket)!(); // the page's load would release it
    await release();
  });
});
