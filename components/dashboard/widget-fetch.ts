/**
 * The browser's widget requests, outside React: answers already fetched in this tab, and requests in flight
 * shared by whoever wants the same URL. React-free, so the pre-hydration script (instrumentation-client.ts)
 * can send the map's first markers request through it, and the widgets (view-data.tsx) find that request
 * in flight or its answer kept.
 */

/** Answers already fetched in this tab, so Back and Forward show a view again without asking the server. */
const answers = new Map<string, unknown>();
const MAX_ANSWERS = 60;

function remember(url: string, data: unknown) {
  answers.delete(url);
  answers.set(url, data);
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
}

/** The answer kept for `url`, or undefined. */
export function keptAnswer<T>(url: string): T | undefined {
  return answers.get(url) as T | undefined;
}

export function hasAnswer(url: string): boolean {
  return answers.has(url);
}

/**
 * Requests in flight, shared by the widgets that want the same URL (the count, the filters and both charts
 * read one /api/stats answer). A request is aborted once no widget wants it any more.
 */
const inflight = new Map<string, { promise: Promise<unknown>; controller: AbortController; users: number }>();

/** Joins (or starts) the request for `url`; `release` says this user no longer wants it. */
export function subscribe(url: string): { promise: Promise<unknown>; release: () => void } {
  let entry = inflight.get(url);
  if (!entry) {
    const controller = new AbortController();
    const promise = fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      const data: unknown = await response.json();
      remember(url, data);
      return data;
    });
    promise.then(
      () => inflight.delete(url),
      () => inflight.delete(url),
    );
    entry = { promise, controller, users: 0 };
    inflight.set(url, entry);
  }
  const mine = entry;
  mine.users += 1;
  let released = false;
  return {
    promise: mine.promise,
    release: () => {
      if (released) return;
      released = true;
      mine.users -= 1;
      if (mine.users === 0 && inflight.get(url) === mine) {
        inflight.delete(url);
        mine.controller.abort();
      }
    },
  };
}

/**
 * Asks for `url` now, before any widget wants it (the map's first markers, before hydration): the answer is
 * kept like any other, and a widget that asks meanwhile shares the request.
 */
export function prefetchWidgetJson(url: string) {
  if (answers.has(url)) return;
  const { promise, release } = subscribe(url);
  promise.then(release, release);
}
