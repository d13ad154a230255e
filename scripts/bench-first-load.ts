/**
 * `npm run bench:bundle`: the JavaScript a first visit to the dashboard downloads, raw and gzipped.
 * Next 16's build output no longer prints first-load sizes, so this serves the existing production build
 * (run `npm start` or `npm run build` first) and adds up the scripts the dashboard's HTML loads.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const port = Number(process.env.BENCH_PORT ?? 3199);
const base = `http://localhost:${port}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/stats`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm start` or `npm run build` first.');
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  try {
    await waitForServer();
    const html = await (await fetch(`${base}/`)).text();
    const scripts = [...new Set([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]))];
    let raw = 0;
    let gzip = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`first-load JS for /: ${scripts.length} scripts, ${kb(raw)} raw, ${kb(gzip)} gzipped; HTML ${kb(html.length)}`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
