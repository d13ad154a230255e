// usage: tsx /tmp/fps.ts <type|all> [fp|fn]  — FPs (or misses) over every fixture set, with evidence
import { readdirSync, existsSync } from 'node:fs';
import { runEval } from '@/lib/eval/run-eval';
import { loadGold } from '@/lib/eval/load-gold';
import { matchArticle } from '@/lib/eval/match-article';
const want = process.argv[2] ?? 'all'; const mode = process.argv[3] ?? 'fp';
(async () => {
  const root = 'tests/fixtures';
  for (const s of readdirSync(root).filter((d) => !process.env.SETS || process.env.SETS.split(',').includes(d))) {
    if (!existsSync(`${root}/${s}/gold.json`)) continue;
    const run = await runEval(`${root}/${s}/gold.json`, `${root}/${s}`);
    const gold = await loadGold(`${root}/${s}/gold.json`);
    for (const g of gold) {
      const preds = run.predictions.get(g.file) ?? [];
      const m = matchArticle(preds as any, g.incidents);
      if (mode === 'fp') for (const i of m.unmatchedPredictions) {
        const p = preds[i]; if (want !== 'all' && p.type !== want) continue;
        console.log(`${g.file} | FP ${p.type} @ ${p.placeName} ${p.date} c${p.confidence} ${g.incidents.length === 0 ? '[NOINC]' : ''}\n    ${p.evidence.slice(0, 300)}`);
      } else for (const j of m.unmatchedRequired) {
        const gi = g.incidents[j]; if (gi.optional || (want !== 'all' && gi.type !== want)) continue;
        console.log(`${g.file} | MISS ${gi.type} @ ${gi.place} ${gi.date}  ${gi.note ?? ''}`);
      }
    }
  }
})();
