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
  for (const d of foldDeltas<MonthKey>(snap(toMonthKey))) await bumpMonth(tx, d);
  for (const d of foldDeltas<WeekKey>(snap(toWeekKey))) await bumpWeek(tx, d);
  for (const d of foldDeltas<PlaceKey>(snap(toPlaceKey))) await bumpPlace(tx, d);
  for (const d of foldDeltas<PointKey>(snap(toPointKey))) await bumpPoint(tx, d);
}

function counted<K>(s: IncidentSnapshot | null, toKey: (s: IncidentSnapshot) => K | null): Counted<K> | null {
  const key = s && toKey(s);
  return key ? { key, reviewed: s!.status === 'reviewed' } : null;
}

type Delta<K> = { key: K; n: number; nReviewed: number };

// A net addition upserts; otherwise the row exists (it holds the incidents being removed or re-labelled):
// update it, then drop it once n reaches zero, so the tables hold only keys that still have incidents.
async function bumpMonth(tx: Tx, { key, n, nReviewed }: Delta<MonthKey>) {
  const increments = { n: { increment: n }, nReviewed: { increment: nReviewed } };
  if (n > 0) {
    const { monthStart, monthEnd, type, admin1 } = key; // yearStart follows from monthStart
    await tx.incidentMonthCount.upsert({
      where: { monthStart_monthEnd_type_admin1: { monthStart, monthEnd, type, admin1 } },
      create: { ...key, n, nReviewed },
      update: increments,
    });
    return;
  }
  await tx.incidentMonthCount.updateMany({ where: key, data: increments });
  if (n < 0) await tx.incidentMonthCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}

async function bumpWeek(tx: Tx, { key, n, nReviewed }: Delta<WeekKey>) {
  const increments = { n: { increment: n }, nReviewed: { increment: nReviewed } };
  if (n > 0) {
    await tx.incidentWeekCount.upsert({
      where: { week_monthStart_monthEnd_type_admin1: key },
      create: { ...key, n, nReviewed },
      update: increments,
    });
    return;
  }
  await tx.incidentWeekCount.updateMany({ where: key, data: increments });
  if (n < 0) await tx.incidentWeekCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}

async function bumpPlace(tx: Tx, { key, n, nReviewed }: Delta<PlaceKey>) {
  const increments = { n: { increment: n }, nReviewed: { increment: nReviewed } };
  if (n > 0) {
    await tx.incidentPlaceCount.upsert({
      where: { lat_lon_type_admin1_placeName_precision_monthStart_monthEnd: key },
      create: { ...key, n, nReviewed },
      update: increments,
    });
    return;
  }
  await tx.incidentPlaceCount.updateMany({ where: key, data: increments });
  if (n < 0) await tx.incidentPlaceCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}

async function bumpPoint(tx: Tx, { key, n, nReviewed }: Delta<PointKey>) {
  const increments = { n: { increment: n }, nReviewed: { increment: nReviewed } };
  if (n > 0) {
    await tx.incidentPointCount.upsert({
      where: { lat_lon_type_admin1_placeName_precision: key },
      create: { ...key, n, nReviewed },
      update: increments,
    });
    return;
  }
  await tx.incidentPointCount.updateMany({ where: key, data: increments });
  if (n < 0) await tx.incidentPointCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}
