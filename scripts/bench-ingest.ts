/**
 * `npx tsx scripts/bench-ingest.ts [count]`: reads and extracts synthetic articles in memory (no database)
 * and prints throughput and peak memory. Figures only; no assertions.
 */
import { generateArticles } from '@/lib/eval/generate-articles';
import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import { readPlainText } from '@/lib/ingest/read/read-plain-text';

const count = Number(process.argv[2] ?? 2000);
const texts = generateArticles(count);
let peakRss = 0;
let peakHeap = 0;
const sampleMemory = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

// Warm-up: the NLP model and gazetteer index load on first use; that is start-up time, not throughput.
extractIncidents(readPlainText(texts[0], 'warmup.txt'));
sampleMemory();

let incidents = 0;
const started = performance.now();
texts.forEach((text, i) => {
  incidents += extractIncidents(readPlainText(text, `synthetic-${i}.txt`)).length;
  if (i % 100 === 0) sampleMemory();
});
const seconds = (performance.now() - started) / 1000;
sampleMemory();

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`articles:        ${count}`);
console.log(`incidents:       ${incidents} (${(incidents / count).toFixed(2)} per article)`);
console.log(`time:            ${seconds.toFixed(2)} s`);
console.log(`throughput:      ${(count / seconds).toFixed(0)} articles/s (one core)`);
console.log(`peak rss:        ${mb(peakRss)} MB`);
console.log(`peak heap used:  ${mb(peakHeap)} MB`);
