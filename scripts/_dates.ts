// usage: SETS=a,b tsx scripts/_dates.ts — matched pairs whose dates disagree
import { readdirSync, existsSync } from 'node:fs';
import { runEval } from '@/lib/eval/run-eval';
import { loadGold } from '@/lib/eval/load-gold';
import { matchArticle } from '@/lib/eval/match-article';
import { datesAgree } from '@/lib/eval/date-agrees';
(async () => {
  const root = 'tests/fixtures';
  for (const s of readdirSync(root).filter((d) => !process.env.SETS || process.env.SETS.split(',').includes(d))) {
    if (!existsSync(`${root}/${s}/gold.json`)) continue;
    const run = await runEval(`${root}/${s}/gold.json`, `${root}/${s}`);
    const gold = await loadGold(`${root}/${s}/gold.json`);
    for (const g of gold) {
      const preds = run.predictions.get(g.file) ?? [];
      const m: any = matchArticle(preds as any, g.incidents);
      for (const [pi, gi] of m.required) {
        const p = preds[pi]; const gg = g.incidents[gi];
        if (gg.date && !datesAgree(p.date, gg.date, gg.datePrecision)) console.log(`${g.file} | ${p.type} @ ${p.placeName} pred ${p.date} gold ${gg.date}${gg.optional ? ' (opt)' : ''}\n    ${p.evidence.slice(0, 200)}`);
      }
    }
  }
})();
