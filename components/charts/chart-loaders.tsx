'use client';

import dynamic from 'next/dynamic';
import { useChartsMayDraw } from '@/components/dashboard/draw-order';
import type { ComponentProps } from 'react';

/**
 * Recharts is the largest library on the page and draws only in the browser anyway, so it loads after
 * the first paint, behind boxes of the charts' exact size (nothing moves when it arrives).
 */
const placeholder = () => <div className="chart-box" aria-hidden="true" />;

const LazyTimelineChart = dynamic(() => import('./timeline-chart').then((m) => m.TimelineChart), {
  ssr: false,
  loading: placeholder,
});

const LazyProvinceChart = dynamic(() => import('./province-chart').then((m) => m.ProvinceChart), {
  ssr: false,
  loading: placeholder,
});

/** The timeline, once the map has drawn its first markers (components/dashboard/draw-order). */
export function TimelineChart(props: ComponentProps<typeof LazyTimelineChart>) {
  return useChartsMayDraw() ? <LazyTimelineChart {...props} /> : placeholder();
}

/** The provinces' chart, once the map has drawn its first markers. */
export function ProvinceChart(props: ComponentProps<typeof LazyProvinceChart>) {
  return useChartsMayDraw() ? <LazyProvinceChart {...props} /> : placeholder();
}
