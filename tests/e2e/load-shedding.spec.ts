import { expect, test } from '@playwright/test';

/**
 * Fairness under a flood: the dashboard page and the stats API share one bounded read queue (4 running, 32
 * waiting by default). A burst far beyond it must be answered at once, 200 or 503 with Retry-After, never
 * another 5xx and never a long stall; and the server serves normally as soon as the burst is over.
 */
const BURST = 160;

async function burst(baseURL: string, path: string) {
  const answers = await Promise.all(
    Array.from({ length: BURST }, async () => {
      const response = await fetch(`${baseURL}${path}`, { signal: AbortSignal.timeout(50_000) });
      await response.arrayBuffer();
      return { status: response.status, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type') ?? '' };
    }),
  );
  return answers;
}

for (const path of ['/', '/api/stats']) {
  test(`a burst of ${BURST} requests to ${path} is shed with 503 + Retry-After, then served again`, async ({ baseURL }) => {
    const answers = await burst(baseURL!, path);
    const statuses = new Set(answers.map((a) => a.status));
    expect([...statuses].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    for (const a of refused) expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    if (path === '/') expect(refused[0].type).toContain('text/html');

    const after = await fetch(`${baseURL}${path}`);
    expect(after.status).toBe(200);
  });
}
