import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/roles';
import { applyIncidentDelta, SNAPSHOT_SELECT } from '@/lib/incidents/aggregates';
import { formatLockedFields, parseLockedFields, type EditableField } from '@/lib/incidents/locked-fields';
import { deriveIncidentColumns } from '@/lib/incidents/to-incident-row';
import type { DatePrecision, IncidentType, LocationPrecision } from '@/lib/taxonomy';
import { auditValue, writeAudit, type FieldChange } from './audit';
import type { IncidentEdit } from './incident-edit-schema';
import type { ExtractedIncident } from '@/lib/ingest/extract/types';

export type EditOutcome = 'edited' | 'unchanged' | 'not_found' | 'merged';

const SCALARS = ['type', 'summary', 'actors', 'date', 'datePrecision', 'placeName', 'admin1', 'country', 'lat', 'lon', 'locationPrecision'] as const;

/**
 * Applies a person's correction in one transaction: the new values, the derived columns (date interval,
 * chart buckets, search text), the edited fields locked against re-ingest, and one audit row per changed field.
 */
export async function editIncident(id: number, edit: IncidentEdit, actor: Actor): Promise<EditOutcome> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.incident.findUnique({
      where: { id },
      include: { tags: { select: { tag: true } }, sources: { select: { article: { select: { title: true } } } } },
    });
    if (!current) return 'not_found';
    if (current.status === 'merged') return 'merged';
    const before: ExtractedIncident = {
      type: current.type as IncidentType,
      tags: current.tags.map((t) => t.tag).sort(),
      summary: current.summary,
      evidence: current.evidence ?? '',
      date: current.date,
      datePrecision: current.datePrecision as DatePrecision,
      placeName: current.placeName,
      admin1: current.admin1,
      country: current.country,
      lat: current.lat,
      lon: current.lon,
      locationPrecision: current.locationPrecision as LocationPrecision,
      actors: current.actors ? current.actors.split(',') : [],
      confidence: current.confidence,
    };
    const after: ExtractedIncident = {
      ...before,
      ...(edit.type ? { type: edit.type } : {}),
      ...(edit.tags ? { tags: [...new Set(edit.tags)].sort() } : {}),
      ...(edit.summary ? { summary: edit.summary } : {}),
      ...(edit.actors ? { actors: [...new Set(edit.actors)] } : {}),
      ...(edit.date ?? {}),
      ...(edit.place ?? {}),
    };
    const changes: FieldChange[] = [...SCALARS, 'tags' as const]
      .map((field) => ({ field, before: auditValue(before[field]), after: auditValue(after[field]) }))
      .filter((c) => c.before !== c.after);
    if (!changes.length) return 'unchanged';

    const locked = parseLockedFields(current.lockedFields);
    for (const field of Object.keys(edit) as EditableField[]) locked.add(field);
    const titles = current.sources.map((s) => s.article.title);
    const updated = await tx.incident.update({
      where: { id },
      select: SNAPSHOT_SELECT,
      data: {
        type: after.type,
        summary: after.summary,
        actors: after.actors.join(','),
        date: after.date,
        datePrecision: after.datePrecision,
        placeName: after.placeName,
        admin1: after.admin1,
        country: after.country,
        lat: after.lat,
        lon: after.lon,
        locationPrecision: after.locationPrecision,
        lockedFields: formatLockedFields(locked),
        ...deriveIncidentColumns(after, titles),
      },
    });
    await applyIncidentDelta(tx, current, updated);
    if (edit.tags) {
      await tx.incidentTag.deleteMany({ where: { incidentId: id } });
      if (after.tags.length) await tx.incidentTag.createMany({ data: after.tags.map((tag) => ({ incidentId: id, tag })) });
    }
    await writeAudit(tx, actor, 'edit', id, changes);
    return 'edited';
  });
}
