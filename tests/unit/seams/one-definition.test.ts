import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Things the code must define once. Each rule names the one file allowed to hold a pattern; any other
 * source file under lib/, scripts/, app/ or components/ that writes it again fails here, so a copy is
 * caught in review rather than found months later drifting from the original.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SOURCE = /\.(?:ts|tsx|mjs|js)$/;

function listSources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

const FILES = ['lib', 'scripts', 'app', 'components'].flatMap(listSources);

type Rule = { what: string; pattern: RegExp; home: string[] };

const RULES: Rule[] = [
  // NFC alone (recomposition, e.g. of a file name) is no folding; decomposition is the start of one.
  { what: 'accent folding (NFD/NFKD)', pattern: /normalize\(\s*['"]NFK?D['"]/, home: ['lib/text/fold-text.ts'] },
  { what: 'the month-name regex', pattern: /Jan\(\?:uary\)|January\|February/, home: ['lib/ingest/dates/calendar.ts'] },
  { what: 'a ranking of place levels', pattern: /\bdistrict:\s*\d+\s*[,}]/, home: ['lib/geo/place-level.ts'] },
  { what: 'hand-made day arithmetic', pattern: /Date\.UTC\(|getUTCDate\(|setUTCDate\(|86_?400_?000/, home: [] },
];

function findOffenders(rule: Rule, files: string[]): string[] {
  return files.filter((f) => !rule.home.includes(f) && rule.pattern.test(readFileSync(path.join(ROOT, f), 'utf8')));
}

describe('defined once', () => {
  it('finds the source files it checks', () => {
    expect(FILES).toContain('lib/text/fold-text.ts');
    expect(FILES.length).toBeGreaterThan(100);
  });

  it.each(RULES)('$what lives only in its home', (rule) => {
    expect(findOffenders(rule, FILES)).toEqual([]);
    for (const home of rule.home) expect(readFileSync(path.join(ROOT, home), 'utf8')).toMatch(rule.pattern);
  });

  it('would flag a copy written elsewhere', () => {
    // The rules must match the copies this change removed, or they guard nothing.
    const copies: Record<string, string> = {
      'accent folding (NFD/NFKD)': "word.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '')",
      'the month-name regex': 'const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?)`;',
      'a ranking of place levels': 'const LEVEL_RANK = { site: 0, district: 1, city: 2, county: 2, province: 3, country: 4 };',
      'hand-made day arithmetic': 'new Date(Date.UTC(y, m, 0)).getUTCDate()',
    };
    for (const rule of RULES) expect(rule.pattern.test(copies[rule.what])).toBe(true);
  });
});
