/**
 * `npm run extract -- <file>...`: prints the extraction of each file as a JSON array, in input order, without
 * touching the database. A file that cannot be read gives {file, error}; the exit code is then 2.
 */
import { extractFile } from '@/lib/ingest/extract/extract-files';
import { writeJsonStdout } from './write-json-stdout';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s extract -- <file>... > out.json   (-s keeps npm\'s banner out of the JSON)\n');
    return 1;
  }
  const results = [];
  for (const file of files) results.push(await extractFile(file));
  writeJsonStdout(`${JSON.stringify(results, null, 2)}\n`);
  return results.some((r) => 'error' in r) ? 2 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
