import { INCIDENT_TYPES, TYPE_LABELS } from '@/lib/taxonomy';

/** One `<option>` per incident type, labelled as TAXONOMY.md names it: for every type `<select>`. */
export function TypeOptions() {
  return INCIDENT_TYPES.map((t) => (
    <option key={t} value={t}>
      {TYPE_LABELS[t]}
    </option>
  ));
}
