'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

type DrawOrder = { mapDrawn: boolean; markMapDrawn: () => void };

const DrawOrderContext = createContext<DrawOrder | null>(null);

/**
 * If the map has not said so by then (its code failed to load, say), the charts draw anyway. On a loaded
 * 2-core machine the map's markers are drawn well before this; an unloaded one never waits for it.
 */
const FALLBACK_MS = 15_000;

/**
 * The order the dashboard draws in: the count and the map's first markers before the charts. Drawing the
 * timeline (hundreds of periods × ten types, Recharts) blocks the browser's main thread for a long while on
 * a slow machine; started first, it held the markers back by seconds although their data had arrived.
 */
export function DrawOrderProvider({ children }: { children: ReactNode }) {
  const [mapDrawn, setMapDrawn] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setMapDrawn(true), FALLBACK_MS);
    return () => clearTimeout(timer);
  }, []);
  const markMapDrawn = useCallback(() => setMapDrawn(true), []);
  const value = useMemo(() => ({ mapDrawn, markMapDrawn }), [mapDrawn, markMapDrawn]);
  return <DrawOrderContext.Provider value={value}>{children}</DrawOrderContext.Provider>;
}

/** Whether the charts may draw now: once the map has drawn its first markers (always, outside the dashboard). */
export function useChartsMayDraw(): boolean {
  return useContext(DrawOrderContext)?.mapDrawn ?? true;
}

const noop = () => {};

/** What the map calls once its first markers are on it (or their request failed). */
export function useMarkMapDrawn(): () => void {
  return useContext(DrawOrderContext)?.markMapDrawn ?? noop;
}
