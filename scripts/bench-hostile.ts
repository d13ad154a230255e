/**
 * `npm run bench:hostile`: reads and extracts every hostile article (tests/fixtures/hostile plus the large
 * generated ones) without a database, prints the time each takes, and fails (exit 1) when one exceeds its
 * bound or when extraction time stops growing linearly (5 MB must cost at most 8× what 1 MB costs).
 * Bounds are generous for a shared 2-core machine; on a laptop everything finishes in a fraction of them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import { readArticleFile } from '@/lib/ingest/read';
import { escapeForTerminal } from '@/lib/ingest/read/strip-control';
import { writeHostileCorpus } from '@/tests/support/hostile-corpus';

const BOUND_SECONDS: Record<string, number> = { 'big-5mb.txt': 90, 'big-1mb.txt': 20, 'feed-10000.xml': 120 };
const DEFAULT_BOUND = 5;
const MAX_GROWTH_1_TO_5_MB = 8;

async function timeFile(file: string): Promise<{ seconds: number; outcome: string }> {
  const started = performance.now();
  let outcome: string;
  try {
    const articles = await readArticleFile(file);
    let incidents = 0;
    for (const article of articles) incidents += extractIncidents(article).length;
    outcome = `${articles.length} article(s), ${incidents} incident(s)`;
  } catch (error) {
    outcome = `refused: ${(error as Error).message.split(': ').slice(1).join(': ')}`;
  }
  return { seconds: (performance.now() - started) / 1000, outcome };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-hostile-'));
  try {
    const files = writeHostileCorpus(dir);
    // A 1 MB cut of the 5 MB article, for the linearity check.
    const big = readFileSync(files['big-5mb.txt'], 'utf8');
    files['big-1mb.txt'] = path.join(dir, 'big-1mb.txt');
    writeFileSync(files['big-1mb.txt'], big.slice(0, big.indexOf('\n\n', 1_000_000)));
    const fixtures = path.resolve('tests/fixtures/hostile');
    for (const name of readdirSync(fixtures)) if (name !== 'README.md') files[name] = path.join(fixtures, name);

    await timeFile(path.join(fixtures, 'control-chars.txt')); // loads the NLP model and gazetteer once
    const times: Record<string, number> = {};
    let failures = 0;
    for (const [name, file] of Object.entries(files)) {
      const { seconds, outcome } = await timeFile(file);
      times[name] = seconds;
      const bound = BOUND_SECONDS[name] ?? DEFAULT_BOUND;
      const ok = seconds <= bound;
      if (!ok) failures += 1;
      console.log(`${ok ? 'ok  ' : 'SLOW'} ${seconds.toFixed(2).padStart(7)} s (bound ${bound} s)  ${escapeForTerminal(name).padEnd(28)} ${outcome}`);
    }
    const growth = times['big-5mb.txt'] / times['big-1mb.txt'];
    const linear = growth <= MAX_GROWTH_1_TO_5_MB;
    if (!linear) failures += 1;
    console.log(`${linear ? 'ok  ' : 'SLOW'} 5 MB / 1 MB time: ${growth.toFixed(1)}× (linear would be about 5×, bound ${MAX_GROWTH_1_TO_5_MB}×)`);
    process.exitCode = failures ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
