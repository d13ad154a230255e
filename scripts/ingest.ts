/**
 * `npm run ingest -- [--outlet NAME] <file|folder|feed>...`: stores articles and their incidents in
 * DATABASE_URL, then prints what it did. Exits 2 when any file failed (the others are still stored).
 */
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { createPrismaClient } from '@/lib/db/create-client';
import { ingestFiles } from '@/lib/ingest/ingest-files';
import { escapeForTerminal } from '@/lib/ingest/read/strip-control';

function parseArgs(argv: string[]): { outlet?: string; paths: string[] } {
  const paths: string[] = [];
  let outlet: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--outlet') outlet = argv[++i];
    else if (argv[i].startsWith('--outlet=')) outlet = argv[i].slice('--outlet='.length);
    else paths.push(argv[i]);
  }
  return { outlet, paths };
}

async function main() {
  const { outlet, paths } = parseArgs(process.argv.slice(2));
  if (paths.length === 0) {
    console.error('Usage: npm run ingest -- [--outlet NAME] <file|folder|feed>...');
    process.exit(1);
  }
  const prisma = createPrismaClient();
  try {
    await prisma.article.count(); // fail once, clearly, rather than once per file
  } catch (error) {
    console.error(`Database not ready: ${error instanceof Error ? error.message : error}`);
    console.error('Run `npm run db:deploy` (or `npm start` once) to create and migrate it.');
    await prisma.$disconnect();
    process.exit(1);
  }
  // A bar on a terminal for long runs (files, and the items of a big feed); plain lines in logs (CI, pipes).
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files {item}', hideCursor: true }, Presets.shades_classic)
    : null;
  let started = false;
  let fileCount = 0;
  let filesDone = 0;
  const show = (item: string) => {
    if (!bar) return;
    if (!started) bar.start(fileCount, filesDone, { item });
    started = true;
    bar.update(filesDone, { item });
  };
  try {
    const summary = await ingestFiles(prisma, paths, {
      outlet,
      onProgress(done, total) {
        fileCount = total;
        filesDone = done;
        if (bar && total >= 20) show('');
        else if (!bar && done > 0 && done % 100 === 0) console.error(`ingest: ${done}/${total} files`);
      },
      onItem(done, total, file) {
        if (total < 20) return;
        if (bar) show(`| ${escapeForTerminal(path.basename(file))} item ${done}/${total}`);
        else if (done % 500 === 0 || done === total) console.error(`ingest: ${escapeForTerminal(file)} item ${done}/${total}`);
      },
    });
    if (started) bar?.stop();
    for (const failure of summary.failed) console.error(`✗ ${failure.error}`);
    console.log(
      `Files: ${summary.files}. Articles: ${summary.articlesNew} new, ${summary.articlesUpdated} updated, ${summary.articlesUnchanged} unchanged, ${summary.failed.length} failed. Incidents added: ${summary.incidentsAdded}.`,
    );
    process.exitCode = summary.failed.length ? 2 : 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
