/**
 * `npm run eval -- <gold.json> <articles folder> [--json] [--verbose] [--reliability]`: scores the extractor with
 * the rule in shared/eval/README.md (type+place P/R/F1, date accuracy, invented dates, per type); `--reliability`
 * adds the confidence table (bin → precision).
 */
import { formatReport } from '@/lib/eval/format-report';
import { runEval } from '@/lib/eval/run-eval';

async function main(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [goldPath, folder] = args.filter((a) => !a.startsWith('--'));
  if (!goldPath || !folder) {
    process.stderr.write('usage: eval <gold.json> <articles folder> [--json] [--verbose] [--reliability]\n');
    return 1;
  }
  const run = await runEval(goldPath, folder);
  if (flags.has('--json')) {
    const { predictions, ...report } = run;
    const verbose = flags.has('--verbose');
    const out = verbose ? { ...report, predictions: Object.fromEntries(predictions) } : { ...report, articles: undefined };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else process.stdout.write(`${formatReport(run, flags.has('--verbose'), flags.has('--reliability'))}\n`);
  return run.missingFiles.length ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
