// The preload that decides which address a sign-in is counted under (scripts/client-address.mjs), on a real
// HTTP server: a client's own X-Forwarded-For is replaced by the socket address unless the proxy is trusted.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleClientAddress } from '@/scripts/client-address.mjs';

let server: http.Server;
let port: number;

beforeAll(async () => {
  // The preload patched http.Server when it was imported: this server sees the headers as Next.js would.
  server = http.createServer((req, res) => res.end(JSON.stringify({ xff: req.headers['x-forwarded-for'] ?? null, realIp: req.headers['x-real-ip'] ?? null })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function seenHeaders(headers: Record<string, string>) {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return (await res.json()) as { xff: string | null; realIp: string | null };
}

describe('client address (ATLAS_TRUST_PROXY unset)', () => {
  it('replaces a client-chosen X-Forwarded-For and X-Real-IP with the socket address', async () => {
    expect(process.env.ATLAS_TRUST_PROXY).not.toBe('1');
    expect(await seenHeaders({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1', 'x-real-ip': '203.0.113.9' })).toEqual({ xff: '127.0.0.1', realIp: null });
  });

  it('fills the socket address when the client sent none', async () => {
    expect((await seenHeaders({})).xff).toBe('127.0.0.1');
  });
});

describe('settleClientAddress', () => {
  const request = (headers: Record<string, string>) => ({ headers: { ...headers }, socket: { remoteAddress: '192.0.2.7' } });

  it('keeps the forwarded address when the proxy in front is trusted', () => {
    const req = request({ 'x-forwarded-for': '203.0.113.9' });
    settleClientAddress(req, true);
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.9');
  });

  it('uses the socket address when the proxy is not trusted', () => {
    const req = request({ 'x-forwarded-for': '203.0.113.9' });
    settleClientAddress(req, false);
    expect(req.headers['x-forwarded-for']).toBe('192.0.2.7');
  });
});
