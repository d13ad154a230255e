/**
 * The fields a person can edit on an incident, and the columns each one owns. Once edited, a field is
 * "locked": re-extracting the article never writes its columns again.
 */
export const EDITABLE_FIELDS = ['type', 'tags', 'summary', 'actors', 'date', 'place'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

const COLUMNS: Record<EditableField, readonly string[]> = {
  type: ['type'],
  tags: [],
  summary: ['summary', 'searchText'],
  actors: ['actors'],
  date: ['date', 'datePrecision', 'dateStart', 'dateEnd', 'periodMonth', 'periodWeek', 'periodYear'],
  place: ['placeName', 'admin1', 'country', 'lat', 'lon', 'locationPrecision', 'searchText'],
};

export function parseLockedFields(value: string): Set<EditableField> {
  const known = new Set<string>(EDITABLE_FIELDS);
  return new Set(value.split(',').filter((f): f is EditableField => known.has(f)));
}

export function formatLockedFields(fields: Iterable<EditableField>): string {
  const set = new Set(fields);
  return EDITABLE_FIELDS.filter((f) => set.has(f)).join(',');
}

/** A row without the columns of locked fields (tags live in their own table and are handled by the caller). */
export function withoutLockedColumns<T extends Record<string, unknown>>(row: T, locked: Set<EditableField>): Partial<T> {
  const drop = new Set([...locked].flatMap((field) => COLUMNS[field]));
  return Object.fromEntries(Object.entries(row).filter(([key]) => !drop.has(key))) as Partial<T>;
}
