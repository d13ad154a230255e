import { describe, expect, it } from 'vitest';
import { createAdmissionGate, OverloadedError } from '@/lib/http/admission-gate';

/** A piece of work that finishes when the test says so. */
function deferred() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

describe('createAdmissionGate', () => {
  it('runs up to `concurrency` at once, queues up to `queue`, and refuses the next at once with a retry hint', async () => {
    const gate = createAdmissionGate({ concurrency: 2, queue: 1, maxWaitMs: 60_000 });
    const jobs = [deferred(), deferred(), deferred()];
    const running = jobs.map((j) => gate.run(j.work));
    expect(gate.stats()).toEqual({ active: 2, waiting: 1 });
    const refused = await gate.run(async () => 'never').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OverloadedError);
    expect((refused as OverloadedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    jobs.forEach((j) => j.finish());
    await Promise.all(running);
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it('a queued request that waits too long is refused, and its place is freed', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 4, maxWaitMs: 20 });
    const first = deferred();
    const running = gate.run(first.work);
    await expect(gate.run(async () => 'late')).rejects.toBeInstanceOf(OverloadedError);
    expect(gate.stats()).toEqual({ active: 1, waiting: 0 });
    first.finish();
    await running;
    await expect(gate.run(async () => 'now')).resolves.toBe('now');
  });

  it('a failing job releases its slot to the next one in line', async () => {
    const gate = createAdmissionGate({ concurrency: 1, queue: 1, maxWaitMs: 60_000 });
    const failing = gate.run(async () => {
      throw new Error('boom');
    });
    const next = gate.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 });
  });
});
