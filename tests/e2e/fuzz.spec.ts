import fc from 'fast-check';
import { fetchIncidents } from './api-helpers';
import { expect, test } from './fixtures';
import { rawRequest } from './raw-request';
import { WRITE_ENDPOINTS } from './write-endpoints';

/**
 * Query-string fuzzing against the production server: thousands of generated queries, sent byte for byte as
 * generated. Pages must answer 200 with the dashboard (lenient parsing), the API 200 or 400 with a message,
 * and nothing may answer 5xx. FUZZ_RUNS scales the case count (default: 2,400 in all); a failure prints the
 * seed and the shrunk query.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);

const KEYS = ['type', 'from', 'to', 'province', 'q', 'tag', 'outlet', 'status', 'map', 'incident', 'by', 'page', 'limit', 'cursor', 'lang'];
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'map', 'length', '', '%', '[]', 'type[]', 'a[b]'];
const NASTY_VALUES = [
  '', ' ', '%', '%%%', '_', '%_%', '0', '-1', '0x10', '0b11', '1e3', ' 5 ', 'NaN', 'Infinity', '9'.repeat(40), '1.5',
  '2024-02-30', '2024-13', '0000-00-00', '10000-01-01', 'arrest,trial,', ',,,', 'null', 'undefined', 'true',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", '\\', '\u0000', '\u202e', '😀', '평양',
  '%E0%A4%A', '%ED%A0%80', '%C0%AE', '%00', '%FF', '+', '&', '=', '#', '99/91/181', '5/39/125', '3/-90/-180', 'x'.repeat(1000),
];

/** A value as it might appear on the wire: raw, percent-encoded, or with raw `%` sequences left in. */
const wireText = fc.oneof(
  fc.constantFrom(...NASTY_VALUES),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 20 }).map(encodeURIComponent),
  fc.stringMatching(/^[%0-9A-Fa-fg-z_.~+-]{0,20}$/),
  fc.integer({ min: -5, max: 2 ** 40 }).map(String),
);
const wireKey = fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom(...NASTY_KEYS), fc.stringMatching(/^[a-z_%0-9]{1,12}$/));
const query = fc
  .array(fc.tuple(wireKey, wireText, fc.boolean()), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v, bare]) => (bare && v === '' ? k : `${k}=${v}`)).join('&'));

/** Makes each generated query safe for the request line: only characters an HTTP client could send as-is. */
// Whole code points (the `u` flag), so an emoji is encoded as one character; a lone surrogate becomes U+FFFD.
const onTheWire = (q: string) => q.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c.length === 1 && /[\ud800-\udfff]/.test(c) ? '\ufffd' : c)).replace(/#/g, '%23');

test.describe.configure({ timeout: 600_000 });

test('pages answer any query string with the dashboard, never a 5xx', async ({ baseURL, request }) => {
  const { features } = await fetchIncidents(request);
  const permalink = `/incidents/${features[0].id}`;
  await fc.assert(
    fc.asyncProperty(query, fc.constantFrom('/', permalink), async (q, path) => {
      const res = await rawRequest(baseURL!, 'GET', `${path}?${onTheWire(q)}`);
      expect(res.status, `${path}?${q}`).toBe(200);
      expect(res.body).toContain(path === '/' ? 'data-testid="incident-count"' : 'data-testid="incident-detail"');
    }),
    { numRuns: RUNS },
  );
});

test('the API answers any query string with 200 or a 400 and a message, never a 5xx', async ({ baseURL }) => {
  await fc.assert(
    fc.asyncProperty(query, fc.constantFrom('/api/incidents', '/api/stats'), async (q, path) => {
      const res = await rawRequest(baseURL!, 'GET', `${path}?${onTheWire(q)}`);
      expect([200, 400], `${path}?${q} → ${res.status}`).toContain(res.status);
      const body = JSON.parse(res.body);
      if (res.status === 400) {
        expect(typeof body.error).toBe('string');
        expect(body.error.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: RUNS * 2 },
  );
});

/** Bodies a client could send: JSON of any shape, broken JSON, or no body at all. */
const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{', '{"email":', 'null', '[]', '{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"role":"admin"}}}'),
);

test('every write route answers an anonymous request 401 whatever the body, never a 5xx', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...WRITE_ENDPOINTS), body, query, async (endpoint, data, q) => {
      const res = await request.post(`${endpoint.path}?${onTheWire(q)}`, { data, headers: { 'content-type': 'application/json' } });
      expect(res.status(), `${endpoint.path} ${data}`).toBe(401);
    }),
    { numRuns: RUNS / 2 },
  );
});

test('sign-in answers any body with a 4xx, never a 5xx, and never signs anyone in', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(body, async (data) => {
      const res = await request.post('/api/auth/sign-in/email', { data, headers: { 'content-type': 'application/json' } });
      expect(res.status(), data).toBeGreaterThanOrEqual(400);
      expect(res.status(), data).toBeLessThan(500);
    }),
    { numRuns: RUNS / 2 },
  );
});
