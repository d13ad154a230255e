import { useTranslations } from 'next-intl';
import { INCIDENT_TYPES } from '@/lib/taxonomy';

/** The incident types as `<option>`s, named in the reader's language; the value is the taxonomy's key. */
export function TypeOptions() {
  const types = useTranslations('Types');
  return INCIDENT_TYPES.map((type) => (
    <option key={type} value={type}>
      {types(type)}
    </option>
  ));
}
