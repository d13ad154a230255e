import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<Font[]> | null = null;

async function readFont(file: string): Promise<ArrayBuffer> {
  const bytes = await readFile(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Pretendard (OFL, with Hangul) from its npm package, read once per process. The paths are literals so the
 * build traces these two files and not the whole project.
 */
export function loadPreviewFonts(): Promise<Font[]> {
  fonts ??= Promise.all([
    readFont(path.join(process.cwd(), 'node_modules/pretendard/dist/public/static/Pretendard-Regular.otf')),
    readFont(path.join(process.cwd(), 'node_modules/pretendard/dist/public/static/Pretendard-Bold.otf')),
  ]).then(([regular, bold]) => [
    { name: 'Pretendard', data: regular, weight: 400, style: 'normal' },
    { name: 'Pretendard', data: bold, weight: 700, style: 'normal' },
  ]);
  return fonts;
}
