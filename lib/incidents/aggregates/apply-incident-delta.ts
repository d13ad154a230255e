import type { Prisma } from '@/generated/prisma/client';
import {
  foldDeltas,
  toMonthKey,
  toPlaceKey,
  toWeekKey,
  type IncidentSnapshot,
  type MonthKey,
  type PlaceKey,
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
    changes.map(({ before, after }) => [before && f(before), after && f(after)] as [K | null, K | null]);
  for (const { key, delta } of foldDeltas<MonthKey>(snap(toMonthKey))) await bumpMonth(tx, key, delta);
  for (const { key, delta } of foldDeltas<WeekKey>(snap(toWeekKey))) await bumpWeek(tx, key, delta);
  for (const { key, delta } of foldDeltas<PlaceKey>(snap(toPlaceKey))) await bumpPlace(tx, key, delta);
}

// An increment upserts; a decrement updates and then drops the row once it reaches zero, so the tables
// hold only keys that still have incidents.
async function bumpMonth(tx: Tx, key: MonthKey, delta: number) {
  if (delta > 0) {
    const { monthStart, monthEnd, type, admin1, status } = key; // yearStart follows from monthStart
    await tx.incidentMonthCount.upsert({
      where: { monthStart_monthEnd_type_admin1_status: { monthStart, monthEnd, type, admin1, status } },
      create: { ...key, n: delta },
      update: { n: { increment: delta } },
    });
    return;
  }
  await tx.incidentMonthCount.updateMany({ where: key, data: { n: { increment: delta } } });
  await tx.incidentMonthCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}

async function bumpWeek(tx: Tx, key: WeekKey, delta: number) {
  if (delta > 0) {
    await tx.incidentWeekCount.upsert({
      where: { week_monthStart_monthEnd_type_admin1_status: key },
      create: { ...key, n: delta },
      update: { n: { increment: delta } },
    });
    return;
  }
  await tx.incidentWeekCount.updateMany({ where: key, data: { n: { increment: delta } } });
  await tx.incidentWeekCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}

async function bumpPlace(tx: Tx, key: PlaceKey, delta: number) {
  if (delta > 0) {
    await tx.incidentPlaceCount.upsert({
      where: { lat_lon_type_admin1_placeName_precision_status_yearStart_yearEnd: key },
      create: { ...key, n: delta },
      update: { n: { increment: delta } },
    });
    return;
  }
  await tx.incidentPlaceCount.updateMany({ where: key, data: { n: { increment: delta } } });
  await tx.incidentPlaceCount.deleteMany({ where: { ...key, n: { lte: 0 } } });
}
