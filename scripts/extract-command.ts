/**
 * What `npm run extract -- <file>...` does, apart from the process around it: the extraction of each file as
 * one JSON array, in input order, without touching the database. A file that cannot be read gives
 * {file, error}, and the exit code is then 2. `write` takes the JSON; `warn` takes the usage line.
 */
import { extractFile } from '@/lib/ingest/extract/extract-files';

export type CommandOutput = { write: (text: string) => void; warn: (text: string) => void };

export async function runExtractCommand(files: string[], { write, warn }: CommandOutput): Promise<number> {
  if (files.length === 0) {
    warn('usage: npm run -s extract -- <file>... > out.json   (-s keeps npm\'s banner out of the JSON)\n');
    return 1;
  }
  const results = [];
  for (const file of files) results.push(await extractFile(file));
  write(`${JSON.stringify(results, null, 2)}\n`);
  return results.some((r) => 'error' in r) ? 2 : 0;
}
