/**
 * What `npm run eval -- <gold.json> <articles folder> [--json] [--verbose] [--reliability]` does, apart from the
 * process around it: scores the extractor with the rule in shared/eval/README.md (type+place P/R/F1, date
 * accuracy, invented dates, per type); `--reliability` adds the confidence table (bin → precision). Returns the
 * exit code: 2 when gold articles name files missing from the folder.
 */
import { formatReport } from '@/lib/eval/format-report';
import { runEval } from '@/lib/eval/run-eval';
import type { CommandOutput } from './extract-command';

export async function runEvalCommand(args: string[], { write, warn }: CommandOutput): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [goldPath, folder] = args.filter((a) => !a.startsWith('--'));
  if (!goldPath || !folder) {
    warn('usage: eval <gold.json> <articles folder> [--json] [--verbose] [--reliability]\n');
    return 1;
  }
  const run = await runEval(goldPath, folder);
  if (flags.has('--json')) {
    const { predictions, ...report } = run;
    const verbose = flags.has('--verbose');
    const out = verbose ? { ...report, predictions: Object.fromEntries(predictions) } : { ...report, articles: undefined };
    write(`${JSON.stringify(out, null, 2)}\n`);
  } else write(`${formatReport(run, flags.has('--verbose'), flags.has('--reliability'))}\n`);
  return run.missingFiles.length ? 2 : 0;
}
