// The server's setImmediate (lib/startup/forget-immediate-stores.ts): a run Immediate keeps no request's stores,
// so that an error thrown in one request's Immediate cannot hold the requests queued after it; everything else
// about setImmediate is unchanged.
import { AsyncLocalStorage } from 'node:async_hooks';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetImmediateStores } from '@/lib/startup/forget-immediate-stores';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const original = globalThis.setImmediate;
beforeAll(() => {
  forgetImmediateStores();
  forgetImmediateStores(); // idempotent: one wrapper, not two
});
afterAll(() => {
  globalThis.setImmediate = original;
});

const requests = new AsyncLocalStorage<{ name: string }>();
const tick = () => new Promise<void>((resolve) => original(resolve));

describe('setImmediate on the server', () => {
  it("runs the callback in its request's context, with its arguments and the Immediate as `this`", async () => {
    const seen = await new Promise<unknown[]>((resolve) => {
      requests.run({ name: 'a request' }, () => {
        const immediate = setImmediate(function (this: unknown, x: number, y: string) {
          resolve([requests.getStore()?.name, x, y, this === immediate]);
        }, 1, 'two');
      });
    });
    expect(seen).toEqual(['a request', 1, 'two', true]);
  });

  it('still cancels, promisifies and refuses a non-function', async () => {
    let ran = false;
    clearImmediate(setImmediate(() => (ran = true)));
    expect(await promisify(setImmediate)('value')).toBe('value');
    expect(ran).toBe(false);
    expect(() => setImmediate('not a function' as never)).toThrow(TypeError);
  });

  it('leaves no store on an Immediate once it has run', async () => {
    const store = { name: 'a request' };
    let immediate!: NodeJS.Immediate;
    requests.run(store, () => (immediate = setImmediate(() => {})));
    await tick();
    const values = Object.getOwnPropertySymbols(immediate).map((key) => (immediate as unknown as Record<symbol, unknown>)[key]);
    expect(values).not.toContain(store);
  });

  it("lets a later request go although an error from an earlier one's Immediate is kept", async () => {
    // What a pooled connection did: it kept the first request's stores, whose abort reason had been created in an
    // Immediate; that Immediate still linked to the ones queued after it, each with its own request's stores.
    const kept: Error[] = [];
    let later: WeakRef<object>;
    await new Promise<void>((done) => {
      requests.run({ name: 'earlier' }, () => setImmediate(() => kept.push(new Error('aborted'))));
      const store = { name: 'later', body: new Array(10_000).fill('x') };
      later = new WeakRef(store);
      requests.run(store, () => setImmediate(done));
    });
    for (let i = 0; i < 3; i++) {
      await tick();
      gc();
    }
    expect(kept).toHaveLength(1);
    expect(later!.deref()).toBeUndefined();
  });
});
