'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** Widget data the server's render already holds, by the URL a browser would fetch it from (lib/url/widget-urls). */
export type ViewSeed = Readonly<Record<string, unknown>>;

const SeedContext = createContext<ViewSeed>({});

/**
 * Hands the server render's data to the widgets. After that first render a filter change rewrites the URL
 * in place (no server render) and each widget fetches its own JSON; the seed answers the URLs it holds.
 */
export function ViewDataProvider({ seed, children }: { seed: ViewSeed; children: ReactNode }) {
  return <SeedContext.Provider value={seed}>{children}</SeedContext.Provider>;
}

/** Answers already fetched in this tab, so Back and Forward show a view again without asking the server. */
const answers = new Map<string, unknown>();
const MAX_ANSWERS = 60;

function remember(url: string, data: unknown) {
  answers.delete(url);
  answers.set(url, data);
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
}

/**
 * Requests in flight, shared by the widgets that want the same URL (the count, the filters and both charts
 * read one /api/stats answer). A request is aborted once no widget wants it any more.
 */
const inflight = new Map<string, { promise: Promise<unknown>; controller: AbortController; users: number }>();

function subscribe(url: string): { promise: Promise<unknown>; release: () => void } {
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

export type WidgetData<T> = {
  /** The data for `url`, or the last data shown while it loads (so nothing jumps), or null before any. */
  data: T | null;
  /** True while the data shown is not yet `url`'s. */
  pending: boolean;
  /** The server refused or could not be reached; the last data stays shown. */
  failed: boolean;
};

/**
 * One widget's JSON. A newer URL aborts the request for the older one, so a quick run of clicks ends with
 * the last click's data, never an earlier answer arriving late. `url` null: nothing to fetch.
 */
export function useWidgetJson<T>(url: string | null): WidgetData<T> {
  const seed = useContext(SeedContext);
  // The last data shown, whichever URL it was for: what a widget keeps showing while the next one loads.
  const [last, setLast] = useState<{ url: string | null; data: T | null; failed: boolean }>({ url: null, data: null, failed: false });
  const known = url === null ? undefined : Object.hasOwn(seed, url) ? (seed[url] as T) : (answers.get(url) as T | undefined);
  if (known !== undefined && (last.url !== url || last.data !== known)) setLast({ url, data: known, failed: false });

  useEffect(() => {
    if (url === null || Object.hasOwn(seed, url) || answers.has(url)) return;
    let live = true;
    const { promise, release } = subscribe(url);
    promise.then(
      (data) => {
        if (live) setLast({ url, data: data as T, failed: false });
      },
      () => {
        if (live) setLast((previous) => ({ url, data: previous.data, failed: true }));
      },
    );
    return () => {
      live = false;
      release();
    };
  }, [url, seed]);

  if (known !== undefined) return { data: known, pending: false, failed: false };
  const current = last.url === url;
  return { data: last.data, pending: url !== null && !current, failed: current && last.failed };
}
