// prints each floors set's figures next to its floors; with --write, raises floors to the figures (two decimals, rounded down)
// and, with --rebase, lowers the broken ones to the figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { runEval } from '@/lib/eval/run-eval';
(async () => {
  const path = 'tests/fixtures/quality-floors.json';
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const down = (x: number) => Math.floor(x * 100) / 100;
  for (const s of file.sets) {
    const r = await runEval(s.gold, s.folder);
    const fig = { f1: r.overall.f1, dateAccuracy: r.overall.dateAccuracy ?? 0, highConfidencePrecision: r.reliability.high.precision ?? 0, ni: r.noIncidentArticles.predicted };
    const line: string[] = [];
    for (const k of ['f1', 'dateAccuracy', 'highConfidencePrecision'] as const) {
      const raise = k !== 'highConfidencePrecision';
      if (s[k] === undefined) continue;
      const nf = down(fig[k]);
      const tag = fig[k] < s[k] ? 'BROKEN' : nf > s[k] ? 'raise' : '';
      line.push(`${k} ${s[k]} fig ${fig[k].toFixed(3)} ${tag}`);
      if (process.argv.includes('--write') && ((raise && nf > s[k]) || (process.argv.includes('--rebase') && fig[k] < s[k]))) s[k] = nf;
    }
    if (s.maxOnNoIncidentArticles !== undefined) {
      line.push(`ni ${s.maxOnNoIncidentArticles} fig ${fig.ni}${fig.ni > s.maxOnNoIncidentArticles ? ' BROKEN' : fig.ni < s.maxOnNoIncidentArticles ? ' lower' : ''}`);
      if (process.argv.includes('--write') && (fig.ni < s.maxOnNoIncidentArticles || (process.argv.includes('--rebase') && fig.ni > s.maxOnNoIncidentArticles))) s.maxOnNoIncidentArticles = fig.ni;
    }
    console.log(s.name.padEnd(9), line.join(' | '));
  }
  if (process.argv.includes('--write')) writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
})();
