/** Thrown when a request cannot be served soon; the route answers 503 with Retry-After instead of stalling. */
export class OverloadedError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super('server busy, retry shortly');
    this.name = 'OverloadedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Whether `error` is the gate's refusal. By name, not `instanceof`: the one gate lives on globalThis and is
 * shared by proxy.ts and the route handlers, which Next bundles separately, each with its own copy of the
 * class; an `instanceof` against the other copy is false and turned a refusal into a 500.
 */
export function isOverloadedError(error: unknown): error is OverloadedError {
  return error instanceof Error && error.name === 'OverloadedError' && typeof (error as OverloadedError).retryAfterSeconds === 'number';
}

export type GateOptions = {
  /** Requests running their database work at once. */
  concurrency: number;
  /** Requests allowed to wait for a slot; one more is refused at once. */
  queue: number;
  /** How long a request may wait for a slot before it is refused. */
  maxWaitMs: number;
};

export type AdmissionGate = {
  run<T>(work: () => Promise<T>): Promise<T>;
  stats(): { active: number; waiting: number };
};

/**
 * A bounded queue in front of expensive reads. SQLite queries run on the server's one thread, so fifty
 * simultaneous dashboard requests would otherwise all wait in line for ten seconds; with the gate a few run,
 * a few wait briefly, and the rest are told at once to come back (503 + Retry-After).
 */
export function createAdmissionGate({ concurrency, queue, maxWaitMs }: GateOptions): AdmissionGate {
  let active = 0;
  const waiting: { admit: () => void; timer: ReturnType<typeof setTimeout> }[] = [];
  const retryAfter = Math.max(1, Math.ceil(maxWaitMs / 1000));

  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit(); // the slot passes straight to the next request
    } else active -= 1;
  };

  const acquire = (): Promise<void> => {
    if (active < concurrency) {
      active += 1;
      return Promise.resolve();
    }
    if (waiting.length >= queue) return Promise.reject(new OverloadedError(retryAfter));
    return new Promise((resolve, reject) => {
      const entry = {
        admit: resolve,
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(new OverloadedError(retryAfter));
        }, maxWaitMs),
      };
      waiting.push(entry);
    });
  };

  return {
    async run(work) {
      await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
    stats: () => ({ active, waiting: waiting.length }),
  };
}
