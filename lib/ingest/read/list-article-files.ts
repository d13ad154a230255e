import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.xml', '.rss', '.atom', '']);

function isArticleName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

async function walkFolder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkFolder(full)));
    else if (entry.isFile() && isArticleName(entry.name)) files.push(full);
  }
  return files;
}

/**
 * Expands folders (recursively, sorted, skipping dotfiles and other extensions) and keeps files named
 * explicitly as given, whatever their extension: the reader will say if one is unreadable. A path that
 * does not exist is passed through too, so the batch reports it as an error for that file.
 */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) out.push(...(await walkFolder(path)));
    else out.push(path);
  }
  return [...new Set(out)];
}
