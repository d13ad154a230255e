/** `npm run eval -- <gold.json> <articles folder> [--json] [--verbose] [--reliability]`: see scripts/eval-command.ts. */
import { runEvalCommand } from './eval-command';

runEvalCommand(process.argv.slice(2), { write: (text) => process.stdout.write(text), warn: (text) => process.stderr.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
