'use client';

import dynamic from 'next/dynamic';

/**
 * Recharts is the largest library on the page and draws only in the browser anyway, so it loads after
 * the first paint, behind boxes of the charts' exact size (nothing moves when it arrives).
 */
const placeholder = () => <div className="chart-box" aria-hidden="true" />;

export const TimelineChart = dynamic(() => import('./timeline-chart').then((m) => m.TimelineChart), {
  ssr: false,
  loading: placeholder,
});

export const ProvinceChart = dynamic(() => import('./province-chart').then((m) => m.ProvinceChart), {
  ssr: false,
  loading: placeholder,
});
