// The SQL rewrite that sends q= through SQLite's FTS5 index: which predicate it touches, which argument it
// quotes, and what it leaves alone. (That Prisma really writes this shape, and that SQLite then uses the
// index, is tested on a real file in tests/integration/search-index.sqlite.test.ts.)
import { describe, expect, it } from 'vitest';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { quoteFtsString, routeSearchThroughIndex } from '@/lib/db/route-search-sql';

const LIKE = "`main`.`Incident`.`searchText` LIKE ('%' || ? || '%')";
const query = (sql: string, args: unknown[]): SqlQuery => ({ sql, args, argTypes: args.map(() => ({ scalarType: 'string', arity: 'scalar' })) as SqlQuery['argTypes'] });

describe('routeSearchThroughIndex', () => {
  it('turns the substring match into an id sub-select on the FTS table, quoting the right argument', () => {
    const sql = `SELECT id FROM \`main\`.\`Incident\` WHERE (\`main\`.\`Incident\`.\`status\` IN (?,?) AND ${LIKE}) LIMIT ?`;
    const routed = routeSearchThroughIndex(query(sql, ['auto', 'reviewed', 'hamgyong', 20]));
    expect(routed.sql).toContain('`main`.`Incident`.`id` IN (SELECT rowid FROM "IncidentSearch" WHERE "IncidentSearch" MATCH ?)');
    expect(routed.sql).not.toContain('LIKE');
    expect(routed.args).toEqual(['auto', 'reviewed', '"hamgyong"', 20]);
  });

  it('keeps an alias Prisma gives the table in sub-queries', () => {
    const sql = "SELECT 1 FROM `main`.`IncidentSource` AS `t0` LEFT JOIN `main`.`Incident` AS `j1` ON 1 WHERE `j1`.`searchText` LIKE ('%' || ? || '%') AND `t0`.`articleId` = ?";
    const routed = routeSearchThroughIndex(query(sql, ['kim jong', 7]));
    expect(routed.sql).toContain('`j1`.`id` IN (SELECT rowid');
    expect(routed.args).toEqual(['"kim jong"', 7]);
  });

  it('routes every occurrence, each with its own argument', () => {
    const sql = `SELECT 1 WHERE ${LIKE} OR (? = 1 AND ${LIKE})`;
    const routed = routeSearchThroughIndex(query(sql, ['abc', 1, 'xyz']));
    expect(routed.args).toEqual(['"abc"', 1, '"xyz"']);
    expect(routed.sql.match(/MATCH \?/g)).toHaveLength(2);
  });

  it('leaves text shorter than three characters (no trigram) or holding a NUL (which would end the FTS5 query) to the scan', () => {
    for (const short of ['ab', '회령', 'x', 'abc\0def']) {
      const q = query(`SELECT 1 WHERE ${LIKE}`, [short]);
      expect(routeSearchThroughIndex(q)).toBe(q);
    }
    // Three characters, counted as characters, not UTF-16 units.
    expect(routeSearchThroughIndex(query(`SELECT 1 WHERE ${LIKE}`, ['회령시'])).args).toEqual(['"회령시"']);
  });

  it('leaves other LIKEs and other SQL alone', () => {
    for (const sql of ["SELECT 1 WHERE `main`.`Incident`.`summary` LIKE ('%' || ? || '%')", 'SELECT "searchText" FROM "Incident" WHERE "searchText" LIKE ?']) {
      const q = query(sql, ['hamgyong']);
      expect(routeSearchThroughIndex(q)).toBe(q);
    }
  });
});

describe('quoteFtsString', () => {
  it('makes one FTS5 string of any text: quotes doubled, operators inert', () => {
    expect(quoteFtsString('say "hi"')).toBe('"say ""hi"""');
    expect(quoteFtsString('a AND b* NEAR(c) -d')).toBe('"a AND b* NEAR(c) -d"');
  });
});
