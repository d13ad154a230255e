import type { Prisma } from '@/generated/prisma/client';
import {
  foldDeltas,
  type Counted,
  toMonthKey,
  toPlaceKey,
  toPointKey,
  toWeekKey,
  type IncidentSnapshot,
  type MonthKey,
  type PlaceKey,
  type PointKey,
  type WeekKey,
} from './aggregate-keys';

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
  for (const d of foldDeltas<MonthKey>(snap(toMonthKey))) await bumpCount(tx.incidentMonthCount, monthUnique, d);
  for (const d of foldDeltas<WeekKey>(snap(toWeekKey))) await bumpCount(tx.incidentWeekCount, weekUnique, d);
  for (const d of foldDeltas<PlaceKey>(snap(toPlaceKey))) await bumpCount(tx.incidentPlaceCount, placeUnique, d);
  for (const d of foldDeltas<PointKey>(snap(toPointKey))) await bumpCount(tx.incidentPointCount, pointUnique, d);
}

function counted<K>(s: IncidentSnapshot | null, toKey: (s: IncidentSnapshot) => K | null): Counted<K> | null {
  const key = s && toKey(s);
  return key ? { key, reviewed: s!.status === 'reviewed' } : null;
}

type Delta<K> = { key: K; n: number; nReviewed: number };
type Increments = { n: { increment: number }; nReviewed: { increment: number } };

/** The three calls every aggregate table's Prisma delegate offers, typed for its key `K` and unique input `U`. */
type CountTable<K, U> = {
  upsert(args: { where: U; create: K & { n: number; nReviewed: number }; update: Increments }): PromiseLike<unknown>;
  updateMany(args: { where: K; data: Increments }): PromiseLike<unknown>;
  deleteMany(args: { where: K & { n: { lte: number } } }): PromiseLike<unknown>;
};

// Each table's unique index, as Prisma names it. The month one leaves out yearStart, which follows from monthStart.
const monthUnique = ({ monthStart, monthEnd, type, admin1 }: MonthKey) => ({
  monthStart_monthEnd_type_admin1: { monthStart, monthEnd, type, admin1 },
});
const weekUnique = (key: WeekKey) => ({ week_monthStart_monthEnd_type_admin1: key });
const placeUnique = (key: PlaceKey) => ({ lat_lon_type_admin1_placeName_precision_monthStart_monthEnd: key });
const pointUnique = (key: PointKey) => ({ lat_lon_type_admin1_placeName_precision: key });

// A net addition upserts; otherwise the row exists (it holds the incidents being removed or re-labelled):
// update it, then drop it once n reaches zero, so the tables hold only keys that still have incidents.
async function bumpCount<K, U>(table: CountTable<NoInfer<K>, NoInfer<U>>, unique: (key: NoInfer<K>) => U, { key, n, nReviewed }: Delta<K>) {
  const increments = { n: { increment: n }, nReviewed: { increment: nReviewed } };
  if (n > 0) {
    await table.upsert({ where: unique(key), create: { ...key, n, nReviewed }, update: increments });
    return;
  }
  await table.updateMany({ where: key, data: increments });
  if (n < 0) await table.deleteMany({ where: { ...key, n: { lte: 0 } } });
}
