import { readFile } from 'node:fs/promises';
import { ZGoldFile, type GoldArticle } from './types';

export async function loadGold(path: string): Promise<GoldArticle[]> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as unknown;
  const parsed = ZGoldFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a gold file (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}
