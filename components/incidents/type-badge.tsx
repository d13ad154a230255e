import { TYPE_COLORS, TYPE_LABELS, type IncidentType } from '@/lib/taxonomy';

export function TypeBadge({ type }: { type: IncidentType }) {
  return (
    <span className="type-badge">
      <span className="type-dot" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
      {TYPE_LABELS[type]}
    </span>
  );
}
