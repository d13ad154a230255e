import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

async function walk(dir: string, out: Map<string, string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (!out.has(entry.name)) out.set(entry.name, path);
  }
}

/**
 * Gold keys look like `seeds/000_x.txt` while the articles may sit in any folder: keys are matched to files
 * under `folder` by their base name. Returns key → path, leaving out keys with no file.
 */
export async function resolveGoldFiles(keys: string[], folder: string): Promise<Map<string, string>> {
  const byName = new Map<string, string>();
  await walk(folder, byName);
  const resolved = new Map<string, string>();
  for (const key of keys) {
    const path = byName.get(basename(key));
    if (path) resolved.set(key, path);
  }
  return resolved;
}
