import { useTranslations } from 'next-intl';
import { TYPE_COLORS, type IncidentType } from '@/lib/taxonomy';

export function TypeBadge({ type }: { type: IncidentType }) {
  const label = useTranslations('Types');
  return (
    <span className="type-badge">
      <span className="type-dot" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
      {label(type)}
    </span>
  );
}
