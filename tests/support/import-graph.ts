import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's own import graph, read from the source text: static imports, `export … from`, dynamic
 * `import()` and `require()`. Package imports are left out; `@/x` and relative specifiers are resolved to
 * the repository file they name, the way TypeScript's bundler resolution does.
 */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function listSourceFiles(root: string, dirs: string[]): string[] {
  const walk = (rel: string): string[] => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return [];
    if (statSync(abs).isFile()) return SOURCE.test(rel) ? [rel] : [];
    return readdirSync(abs).flatMap((name) => walk(path.posix.join(rel, name)));
  };
  return dirs.flatMap(walk);
}

/** The specifiers a source text imports, in order (comments are blanked first so examples in them don't count). */
export function readSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2]);
}

export function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    const abs = path.join(root, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return base;
}

export function buildImportGraph(root: string, files: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = readSpecifiers(readFileSync(path.join(root, file), 'utf8'))
      .map((s) => resolveSpecifier(root, file, s))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Cycles in a directed graph (Tarjan's strongly connected components with more than one node, or a self-loop). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** The graph between areas: `lib/ingest/read/x.ts` belongs to `lib/ingest`, `lib/db.ts` to `lib/db`. */
export function toAreaGraph(graph: ImportGraph, areaOf: (file: string) => string): Map<string, string[]> {
  const areas = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = areaOf(file);
    const set = areas.get(from) ?? new Set<string>();
    for (const t of targets) if (areaOf(t) !== from) set.add(areaOf(t));
    areas.set(from, set);
  }
  return new Map([...areas].map(([k, v]) => [k, [...v]]));
}
