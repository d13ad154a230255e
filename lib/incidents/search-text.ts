import { foldText } from '@/lib/text/fold-text';

// Text search: case- and accent-insensitive, and `%`, `_` and `\` are literal characters.
// The incident row stores a folded copy of its searchable text (`searchText`); the query is folded the
// same way and matched as a substring of it. Folding is lib/text's (lower case, no accents, Hangul kept
// whole: Hamgyŏng → hamgyong, Ré → re). LIKE's own
// characters are then swapped for private-use stand-ins, so the database's substring match (Prisma's
// `contains`, a LIKE on both SQLite and PostgreSQL, which Prisma does not escape) cannot read a user's
// `%` or `_` as a wildcard. PostgreSQL serves it from a pg_trgm GIN index; SQLite from an FTS5 trigram
// index that the driver adapter substitutes for the LIKE (lib/db/route-search-sql.ts).

/** LIKE's wildcard and escape characters, and the private-use characters that stand in for them. */
const LIKE_STAND_INS: Record<string, string> = { '%': '\uE025', _: '\uE05F', '\\': '\uE05C' };

/** The folded form of `text`, for storing and for querying alike. */
export function foldSearchText(text: string): string {
  // NUL is dropped: PostgreSQL's text cannot hold it, and FTS5 would read it as the end of the query.
  return foldText(text.replaceAll('\0', '')).replace(/[%_\\]/g, (c) => LIKE_STAND_INS[c]);
}

/** The `searchText` column of an incident: its summary, place, province and source titles, folded. */
export function buildSearchText(parts: (string | null | undefined)[]): string {
  return foldSearchText(parts.filter(Boolean).join(' \n '));
}
