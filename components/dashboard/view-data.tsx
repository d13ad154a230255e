'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { hasAnswer, keptAnswer, subscribe } from './widget-fetch';

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
  const known = url === null ? undefined : Object.hasOwn(seed, url) ? (seed[url] as T) : keptAnswer<T>(url);
  if (known !== undefined && (last.url !== url || last.data !== known)) setLast({ url, data: known, failed: false });

  useEffect(() => {
    if (url === null || Object.hasOwn(seed, url) || hasAnswer(url)) return;
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
