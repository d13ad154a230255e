import { Prisma } from '@/generated/prisma/client';
import {
  foldDeltas,
  type CoarseKey,
  type Counted,
  type DayKey,
  toCoarseKey,
  toDayKey,
  toMonthKey,
  toMonthTypeKey,
  toProvinceKey,
  toPlaceKey,
  toPointKey,
  toWeekKey,
  type IncidentSnapshot,
  type MonthKey,
  type MonthTypeKey,
  type ProvinceKey,
  type PlaceKey,
  type PointKey,
  type WeekKey,
} from './aggregate-keys';
import { applyCellDeltas, applyCellSpanDeltas } from './apply-cell-deltas';

type Tx = Prisma.TransactionClient;

/** One incident write: `before` is null for a create, `after` is null for a delete. */
export type IncidentChange = { before: IncidentSnapshot | null; after: IncidentSnapshot | null };

/**
 * Keeps the aggregate tables equal to the incident table. Call it inside the SAME transaction as the write,
 * with the row as it was (`before`, read with SNAPSHOT_SELECT) and as it is now (`after`):
 *
 *   const before = await tx.incident.findUnique({ where: { id }, select: SNAPSHOT_SELECT });
 *   const after = await tx.incident.update({ where: { id }, data, select: SNAPSHOT_SELECT });
 *   await applyIncidentDelta(tx, before, after);
 *
 * create → (null, after); delete → (before, null); a merge → one call per row changed or deleted.
 * A change that touches none of the snapshot's columns (a summary edit) writes nothing.
 */
export async function applyIncidentDelta(tx: Tx, before: IncidentSnapshot | null, after: IncidentSnapshot | null) {
  await applyIncidentDeltas(tx, [{ before, after }]);
}

/** Many writes at once (ingest of an article, bulk loads): the changes are netted per key first. */
export async function applyIncidentDeltas(tx: Tx, changes: IncidentChange[]) {
  const snap = <K>(f: (s: IncidentSnapshot) => K | null) =>
    changes.map(({ before, after }) => [counted(before, f), counted(after, f)] as [Counted<K> | null, Counted<K> | null]);
  await bumpCounts(tx, MONTH, foldDeltas<MonthKey>(snap(toMonthKey)));
  await bumpCounts(tx, MONTH_TYPE, foldDeltas<MonthTypeKey>(snap(toMonthTypeKey)));
  await bumpCounts(tx, PROVINCE, foldDeltas<ProvinceKey>(snap(toProvinceKey)));
  await bumpCounts(tx, WEEK, foldDeltas<WeekKey>(snap(toWeekKey)));
  const places = foldDeltas<PlaceKey>(snap(toPlaceKey));
  await bumpCounts(tx, PLACE, places);
  await applyCellSpanDeltas(tx, places); // rolled up from IncidentPlaceCount, so after it
  const points = foldDeltas<PointKey>(snap(toPointKey));
  await bumpCounts(tx, POINT, points);
  await applyCellDeltas(tx, points); // rolled up from IncidentPointCount, so after it
  await bumpCounts(tx, COARSE, foldDeltas<CoarseKey>(snap(toCoarseKey)));
  await bumpCounts(tx, DAY, foldDeltas<DayKey>(snap(toDayKey)));
}

function counted<K>(s: IncidentSnapshot | null, toKey: (s: IncidentSnapshot) => K | null): Counted<K> | null {
  const key = s && toKey(s);
  return key ? { key, reviewed: s!.status === 'reviewed' } : null;
}

type Delta<K> = { key: K; n: number; nReviewed: number };

/** One aggregate table: its name, its key columns in insert order, and its primary key (the upsert's target). */
type CountTable<K> = { name: string; columns: (keyof K & string)[]; primaryKey: (keyof K & string)[] };

const MONTH: CountTable<MonthKey> = {
  name: 'IncidentMonthCount',
  columns: ['monthStart', 'monthEnd', 'yearStart', 'type', 'admin1'],
  primaryKey: ['monthStart', 'monthEnd', 'type', 'admin1'], // yearStart follows from monthStart
};
const MONTH_TYPE: CountTable<MonthTypeKey> = {
  name: 'IncidentMonthTypeCount',
  columns: ['monthStart', 'monthEnd', 'yearStart', 'type'],
  primaryKey: ['monthStart', 'monthEnd', 'type'],
};
const PROVINCE: CountTable<ProvinceKey> = { name: 'IncidentProvinceCount', columns: ['type', 'admin1'], primaryKey: ['type', 'admin1'] };
const WEEK: CountTable<WeekKey> = {
  name: 'IncidentWeekCount',
  columns: ['week', 'monthStart', 'monthEnd', 'type', 'admin1'],
  primaryKey: ['week', 'monthStart', 'monthEnd', 'type', 'admin1'],
};
const POINT_COLUMNS: (keyof PointKey)[] = ['lat', 'lon', 'type', 'admin1', 'placeName', 'precision'];
const PLACE: CountTable<PlaceKey> = {
  name: 'IncidentPlaceCount',
  columns: [...POINT_COLUMNS, 'monthStart', 'monthEnd'],
  primaryKey: [...POINT_COLUMNS, 'monthStart', 'monthEnd'],
};
const POINT: CountTable<PointKey> = { name: 'IncidentPointCount', columns: POINT_COLUMNS, primaryKey: POINT_COLUMNS };
const COARSE_COLUMNS: (keyof CoarseKey)[] = ['precision', 'dateStart', 'dateEnd', 'type', 'admin1'];
const COARSE: CountTable<CoarseKey> = { name: 'IncidentCoarseCount', columns: COARSE_COLUMNS, primaryKey: COARSE_COLUMNS };
const DAY_COLUMNS: (keyof DayKey)[] = ['dateStart', 'dateEnd', 'type', 'admin1'];
const DAY: CountTable<DayKey> = { name: 'IncidentDayCount', columns: DAY_COLUMNS, primaryKey: DAY_COLUMNS };

/** Prisma binds at most 999 values per SQLite statement (P2029 beyond); PostgreSQL allows far more. */
const MAX_BOUND_VALUES = 999;

const quoted = (name: string) => Prisma.raw(`"${name}"`);

/**
 * Adds each delta to its row in one `INSERT … ON CONFLICT DO UPDATE` per ~100 keys (SQLite and PostgreSQL
 * both speak it), instead of an upsert round trip per key: an article of 700 incidents touched ~2,000 keys.
 * A net removal always finds its row (it holds the incidents being removed or re-labelled); rows whose count
 * reaches zero are then dropped, so the tables hold only keys that still have incidents.
 */
async function bumpCounts<K>(tx: Tx, table: CountTable<K>, deltas: Delta<K>[]) {
  const t = quoted(table.name);
  const columns = Prisma.join([...table.columns, 'n', 'nReviewed'].map(quoted));
  const target = Prisma.join(table.primaryKey.map(quoted));
  const perStatement = Math.floor(MAX_BOUND_VALUES / (table.columns.length + 2));
  for (let i = 0; i < deltas.length; i += perStatement) {
    const rows = deltas.slice(i, i + perStatement).map(({ key, n, nReviewed }) => Prisma.sql`(${Prisma.join([...table.columns.map((c) => key[c]), n, nReviewed])})`);
    await tx.$executeRaw`INSERT INTO ${t} (${columns}) VALUES ${Prisma.join(rows)}
      ON CONFLICT (${target}) DO UPDATE SET "n" = ${t}."n" + excluded."n", "nReviewed" = ${t}."nReviewed" + excluded."nReviewed"`;
  }
  for (const { key, n } of deltas) {
    if (n >= 0) continue;
    const matches = Prisma.join(table.primaryKey.map((c) => Prisma.sql`${quoted(c)} = ${key[c]}`), ' AND ');
    await tx.$executeRaw`DELETE FROM ${t} WHERE ${matches} AND "n" <= 0`;
  }
}
