import { extractIncidents } from '@/lib/ingest/extract/extract-incidents';
import { readArticleFile } from '@/lib/ingest/read';
import { loadGold } from './load-gold';
import { measureReliability, type Reliability } from './reliability';
import { resolveGoldFiles } from './resolve-gold-files';
import { scoreExtraction, type EvalReport } from './score';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

export type EvalRun = EvalReport & {
  missingFiles: string[];
  unreadableFiles: string[];
  predictions: Map<string, ExtractedIncident[]>;
  reliability: Reliability;
  /** Incidents predicted on articles whose gold lists none (not even an optional one). */
  noIncidentArticles: { articles: number; predicted: number };
};

function countOnNoIncidentArticles(gold: { file: string; incidents: unknown[] }[], predictions: Map<string, ExtractedIncident[]>) {
  const empty = gold.filter((g) => g.incidents.length === 0 && predictions.has(g.file));
  return { articles: empty.length, predicted: empty.reduce((n, g) => n + (predictions.get(g.file)?.length ?? 0), 0) };
}

/** Extracts every article the gold file names (found under `folder` by base name) and scores it. */
export async function runEval(goldPath: string, folder: string): Promise<EvalRun> {
  const gold = await loadGold(goldPath);
  const paths = await resolveGoldFiles(gold.map((g) => g.file), folder);
  const predictions = new Map<string, ExtractedIncident[]>();
  const missingFiles: string[] = [];
  const unreadableFiles: string[] = [];
  for (const article of gold) {
    const path = paths.get(article.file);
    if (!path) {
      missingFiles.push(article.file);
      continue;
    }
    try {
      // A feed file's gold lists the incidents of all its items.
      const items = await readArticleFile(path);
      predictions.set(article.file, items.flatMap((item) => extractIncidents(item)));
    } catch {
      // An unreadable article scores as one with no predictions; its gold incidents count as misses.
      unreadableFiles.push(article.file);
    }
  }
  const present = gold.filter((g) => !missingFiles.includes(g.file));
  const reliability = measureReliability(present, predictions);
  const noIncidentArticles = countOnNoIncidentArticles(present, predictions);
  return { ...scoreExtraction(present, predictions), missingFiles, unreadableFiles, predictions, reliability, noIncidentArticles };
}
