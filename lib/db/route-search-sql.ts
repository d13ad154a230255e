// Sends SQLite's text search through the FTS5 index (sqlite-search-index.ts). The app asks for a substring
// of the folded `searchText` (lib/incidents/build-where.ts, portable Prisma `contains`), which Prisma writes
// as `<table>.searchText LIKE ('%' || ? || '%')` and SQLite can only answer by reading every row. Prisma
// cannot name a virtual table in a `where`, and its relation filters become joins that SQLite will not
// drive from a virtual table, so the predicate is rewritten here, at the driver adapter, for every query
// that any module builds from that `where` (counts, group-bys, list, markers, export):
//   <table>.id IN (SELECT rowid FROM IncidentSearch WHERE IncidentSearch MATCH ?)
// with the argument quoted as one FTS5 string, so the user's `"`, `*`, `-`, `AND`, `NEAR`… have no meaning.
// Same answer as the LIKE: a trigram phrase matches exactly the rows holding that substring. Text shorter
// than three characters has no trigram; it keeps the LIKE (a scan). The stand-ins for `%` and `_` stay literal.
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { SEARCH_TABLE } from './sqlite-search-index';

/** Prisma's SQLite `contains` on Incident.searchText; group 1 is the table or its alias. */
const CONTAINS_SEARCH_TEXT = /((?:`[^`]+`\.)*`[^`]+`)\.`searchText` LIKE \('%' \|\| \? \|\| '%'\)/g;

/** The shortest text the trigram index can look up. */
export const MIN_INDEXED_LENGTH = 3;

/** `text` as one FTS5 string: inside double quotes nothing is an operator; a quote is written twice. */
export function quoteFtsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Whether a search text is long enough for the index. */
export function canUseSearchIndex(text: unknown): text is string {
  // A NUL would end the FTS5 query early (the folding drops it; an older row or a raw caller may not).
  return typeof text === 'string' && [...text].length >= MIN_INDEXED_LENGTH && !text.includes('\0');
}

/** `query` with each indexable searchText substring match answered by the FTS5 index instead of a scan. */
export function routeSearchThroughIndex(query: SqlQuery): SqlQuery {
  if (!query.sql.includes('`searchText` LIKE')) return query;
  let args: unknown[] | undefined;
  const sql = query.sql.replace(CONTAINS_SEARCH_TEXT, (match: string, table: string, offset: number) => {
    const position = countPlaceholders(query.sql.slice(0, offset));
    const text = query.args[position];
    if (!canUseSearchIndex(text)) return match;
    args ??= [...query.args];
    args[position] = quoteFtsString(text);
    return `${table}.\`id\` IN (SELECT rowid FROM "${SEARCH_TABLE}" WHERE "${SEARCH_TABLE}" MATCH ?)`;
  });
  return args ? { ...query, sql, args } : query;
}

/** Prisma's SQLite SQL has `?` placeholders only (identifiers are back-quoted, no `?` inside literals). */
function countPlaceholders(sql: string): number {
  let n = 0;
  for (const c of sql) if (c === '?') n++;
  return n;
}

type Queryable = { queryRaw(query: SqlQuery): Promise<unknown>; executeRaw(query: SqlQuery): Promise<unknown> };

/**
 * `target` (a SQLite driver adapter or one of its transactions) with its queries routed as above. Every other
 * member is the target's own, bound to it; a transaction started through it is wrapped the same way.
 */
export function withIndexedSearch<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: SqlQuery) => value.call(object, routeSearchThroughIndex(query));
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => withIndexedSearch(await value.apply(object, args));
      }
      return value.bind(object);
    },
  });
}
