import { open, stat } from 'node:fs/promises';
import { ArticleReadError } from './article-read-error';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Share of control characters (besides tab/newline/CR/form feed) above which a file is treated as binary. */
const MAX_CONTROL_RATIO = 0.02;

function countControlBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) n++;
  return n;
}

/**
 * Reads a file as UTF-8 text, refusing what cannot be an article. The size is checked before reading,
 * so a huge file is never loaded into memory.
 */
export async function loadArticleText(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ArticleReadError(path, 'not a regular file');
    size = info.size;
  } catch (err) {
    if (err instanceof ArticleReadError) throw err;
    throw new ArticleReadError(path, `cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (size === 0) throw new ArticleReadError(path, 'empty file');
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleReadError(path, `file too large (${size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
  }
  const handle = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    bytes = bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (bytes.includes(0)) throw new ArticleReadError(path, 'binary file (contains NUL bytes)');
  if (countControlBytes(bytes) > bytes.length * MAX_CONTROL_RATIO) {
    throw new ArticleReadError(path, 'binary file (too many control characters)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleReadError(path, 'not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ArticleReadError(path, 'empty file (only whitespace)');
  return text;
}
