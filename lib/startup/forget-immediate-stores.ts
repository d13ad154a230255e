// A run Immediate must not keep its request alive. Node leaves two things on an Immediate after its callback ran:
// the link to the Immediate queued after it (`_idleNext`, never cleared) and the AsyncLocalStorage stores of the
// context that queued it (where Next.js keeps a request's response, its data and its cache AbortController). An
// abort reason's stack keeps the Immediate it was created in, so one request's stores held a chain of run
// Immediates, their requests' stores, their abort reasons, more Immediates: a web of every request answered under
// continuous load. Anything long-lived that held any one request's stores (a pooled database connection's
// callbacks) held the whole web: under bench:load at 1M the heap left after a full collection grew from ~75 to
// ~200 MB in two minutes, 605 finished responses still reachable, and with the 256 MB cap the server spent the
// rest collecting (README "Fifteenth pass"). Dropping the stores from an Immediate once its callback has run cuts
// every link of that web through the Immediates; nothing reads them afterwards.

const PATCHED = Symbol.for('incident-atlas.forget-immediate-stores');

type ImmediateFn = typeof globalThis.setImmediate & { [PATCHED]?: true };

/** The AsyncLocalStorage instances' store slots on an async resource (one per instance, each named so). */
function dropStores(resource: object) {
  for (const key of Object.getOwnPropertySymbols(resource)) {
    if (key.description === 'kResourceStore') delete (resource as Record<symbol, unknown>)[key];
  }
}

/** Makes setImmediate forget a callback's stores and arguments once it has run. Idempotent; the server's start-up calls it. */
export function forgetImmediateStores(): void {
  const original = globalThis.setImmediate as ImmediateFn;
  if (original[PATCHED]) return;
  const patched = function setImmediate<A extends unknown[]>(callback: (...args: A) => void, ...args: A) {
    if (typeof callback !== 'function') return original(callback, ...args); // Node's own error
    return original(function (this: NodeJS.Immediate & { _argv?: unknown }, ...callArgs: A) {
      try {
        callback.apply(this, callArgs);
      } finally {
        dropStores(this);
        this._argv = undefined;
      }
    }, ...args);
  } as ImmediateFn;
  Object.defineProperties(patched, Object.getOwnPropertyDescriptors(original)); // util.promisify.custom, __promisify__
  patched[PATCHED] = true;
  globalThis.setImmediate = patched;
}
