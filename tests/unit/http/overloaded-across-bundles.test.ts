// proxy.ts and the route handlers are bundled apart, each with its own copy of lib/http/admission-gate, but
// share ONE gate (on globalThis). A refusal made by one copy must still read as a refusal in the other:
// with `instanceof` it did not, and under load /api/stats answered 500 instead of 503.
import { describe, expect, it, vi } from 'vitest';

describe('the gate refusal across module copies', () => {
  it('is recognised by another copy of the module, and nothing else is', async () => {
    const first = await import('@/lib/http/admission-gate');
    vi.resetModules();
    const second = await import('@/lib/http/admission-gate');
    expect(second.OverloadedError).not.toBe(first.OverloadedError);

    const gate = first.createAdmissionGate({ concurrency: 1, queue: 0, maxWaitMs: 1000 });
    let finish!: () => void;
    const busy = gate.run(() => new Promise<void>((resolve) => (finish = resolve)));
    const refusal = await gate.run(async () => 'never').catch((e: unknown) => e);
    finish();
    await busy;

    expect(refusal instanceof second.OverloadedError).toBe(false);
    expect(second.isOverloadedError(refusal)).toBe(true);
    expect(second.isOverloadedError(new Error('server busy, retry shortly'))).toBe(false);
    expect(second.isOverloadedError({ name: 'OverloadedError', retryAfterSeconds: 1 })).toBe(false);
  });
});
