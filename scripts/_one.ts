import { runEval } from '@/lib/eval/run-eval';
(async () => {
  const [set, file] = process.argv.slice(2);
  const run = await runEval(`tests/fixtures/${set}/gold.json`, `tests/fixtures/${set}`);
  for (const p of run.predictions.get(`${set}/${file}`) ?? []) console.log(p.type, p.placeName, p.date, p.confidence, '|', p.evidence.slice(0, 200));
})();
