import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, listSourceFiles, toAreaGraph, type ImportGraph } from '../../support/import-graph';

/**
 * Imports point down (STYLE.md): the domain (incidents, geo, ingest, markers, db) never reaches up into
 * the URL codec, the scorer or the UI, and no two modules or areas import each other. This test reads the
 * real source; the last block proves on a throwaway tree that each rule does fail when broken.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SCANNED = ['lib', 'app', 'components', 'scripts', 'i18n', 'proxy.ts'];
const DOMAIN = ['lib/incidents', 'lib/geo', 'lib/ingest', 'lib/markers', 'lib/db'];
const ABOVE = ['lib/url', 'lib/eval', 'components', 'app'];

/** `lib/ingest/read/x.ts` → `lib/ingest`; `lib/db.ts` → `lib/db`; `components/map/x.tsx` → `components`. */
function areaOf(file: string): string {
  const [top, second] = file.split('/');
  return top === 'lib' && second ? `lib/${second.replace(/\.[mc]?tsx?$/, '')}` : top;
}

function findUpwardImports(graph: ImportGraph): string[] {
  return [...graph].flatMap(([file, targets]) =>
    DOMAIN.includes(areaOf(file)) ? targets.filter((t) => ABOVE.includes(areaOf(t))).map((t) => `${file} → ${t}`) : [],
  );
}

function findAreaCycles(graph: ImportGraph): string[][] {
  const libOnly = new Map([...graph].filter(([file]) => file.startsWith('lib/')));
  return findCycles(toAreaGraph(libOnly, areaOf));
}

describe('import direction of the real source', () => {
  const graph = buildImportGraph(ROOT, listSourceFiles(ROOT, SCANNED));

  it('reads the whole tree and resolves both alias and relative imports', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('lib/ingest/extract/choose-place.ts')).toContain('lib/ingest/extract/types.ts');
    expect(graph.get('lib/ingest/extract/place-rank.ts')).toContain('lib/geo/place-level.ts');
  });

  it('has no import from the domain up into lib/url, lib/eval, components or app', () => {
    expect(findUpwardImports(graph)).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('has no cycle between areas of lib/ (e.g. lib/ingest ↔ lib/incidents)', () => {
    expect(findAreaCycles(graph)).toEqual([]);
  });
});

describe('the checks fail when a seam opens', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seams-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('lib/url/codec.ts', "export const codec = 1;\n");
  write('lib/geo/a.ts', "import { b } from './b';\nexport const a = b;\n");
  write('lib/geo/b.ts', "import type { A } from '@/lib/geo/a';\nexport const b = 2;\n");
  write('lib/incidents/query.ts', "export { codec } from '@/lib/url/codec';\nimport { x } from '@/lib/ingest/parse';\n");
  write('lib/ingest/parse.ts', "export const x = 1;\nconst later = () => import('../incidents/query');\n");
  write('lib/markers/map.ts', "// import { Map } from '@/components/map';\nexport const m = 1;\n");
  const graph = buildImportGraph(dir, listSourceFiles(dir, ['lib']));

  it('flags an upward import, a re-export included, and ignores one in a comment', () => {
    expect(findUpwardImports(graph)).toEqual(['lib/incidents/query.ts → lib/url/codec.ts']);
  });

  it('flags a file cycle, type-only imports included', () => {
    expect(findCycles(graph)).toContainEqual(['lib/geo/a.ts', 'lib/geo/b.ts']);
  });

  it('flags an area cycle made through a dynamic import', () => {
    expect(findAreaCycles(graph)).toEqual([['lib/incidents', 'lib/ingest']]);
  });
});
