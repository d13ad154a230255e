/**
 * `npm run extract -- <file>...`: prints the extraction of each file as a JSON array (scripts/extract-command.ts).
 * The JSON goes through writeJsonStdout, so `> out.json` holds only JSON even when npm printed its banner there.
 */
import { runExtractCommand } from './extract-command';
import { writeJsonStdout } from './write-json-stdout';

runExtractCommand(process.argv.slice(2), { write: writeJsonStdout, warn: (text) => process.stderr.write(text) }).then((code) => {
  process.exitCode = code;
});
