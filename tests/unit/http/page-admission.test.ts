import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as GateModule from '@/lib/http/admission-gate';
import type * as AdmissionModule from '@/lib/http/page-admission';

type Admission = typeof AdmissionModule & Pick<typeof GateModule, 'OverloadedError'>;
type Store = { __incidentAtlasReadGate?: unknown; __incidentAtlasReadTickets?: unknown };

/** The module with a fresh process-wide gate of one slot and one waiting place. */
async function loadWithGate(): Promise<Admission> {
  vi.stubEnv('READ_CONCURRENCY', '1');
  vi.stubEnv('READ_QUEUE', '1');
  vi.stubEnv('READ_MAX_WAIT_MS', '60000');
  vi.resetModules();
  // The error class from the same fresh module graph, so that instanceof holds.
  const [admission, { OverloadedError }] = await Promise.all([import('@/lib/http/page-admission'), import('@/lib/http/admission-gate')]);
  return { ...admission, OverloadedError };
}

describe('page admission (the dashboard pages behind the read gate)', () => {
  beforeEach(() => {
    delete (globalThis as Store).__incidentAtlasReadGate;
    delete (globalThis as Store).__incidentAtlasReadTickets;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it('holds the slot from admission until the page releases it, then admits the next; refuses beyond the queue', async () => {
    const { admitPageRead, claimPageRead, OverloadedError } = await loadWithGate();
    const first = await admitPageRead();
    expect(typeof first).toBe('string');
    const second = admitPageRead();
    const third = await admitPageRead();
    expect(third).toBeInstanceOf(OverloadedError);

    let secondSettled = false;
    void second.then(() => (secondSettled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(secondSettled).toBe(false); // still waiting: the first page holds the only slot

    const release = claimPageRead(first as string);
    expect(release).toBeTypeOf('function');
    release!();
    expect(typeof (await second)).toBe('string');
  });

  it('a forged or spent ticket claims nothing', async () => {
    const { admitPageRead, claimPageRead } = await loadWithGate();
    expect(claimPageRead('made-up')).toBeNull();
    expect(claimPageRead(null)).toBeNull();
    const ticket = (await admitPageRead()) as string;
    claimPageRead(ticket)!();
    expect(claimPageRead(ticket)).toBeNull();
  });

  it('a ticket nobody claims gives its slot back by itself', async () => {
    vi.useFakeTimers();
    const { admitPageRead } = await loadWithGate();
    await admitPageRead();
    const next = admitPageRead();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(typeof (await next)).toBe('string');
  });

  it('the refusal is a 503 with Retry-After, in both languages, never cached', async () => {
    const { overloadedPage, OverloadedError } = await loadWithGate();
    const response = overloadedPage(new OverloadedError(3));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('3 s');
    expect(html).toContain('3초');
  });
});
