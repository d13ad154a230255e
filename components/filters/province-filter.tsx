'use client';

import { useTranslations } from 'next-intl';
import type { ProvinceOption } from '@/lib/incidents/province-options';

type Props = { options: ProvinceOption[]; selected: string[]; onChange: (slugs: string[]) => void };

export function ProvinceFilter({ options, selected, onChange }: Props) {
  const t = useTranslations('Filters');
  function toggle(slug: string, on: boolean) {
    onChange(on ? [...selected, slug] : selected.filter((s) => s !== slug));
  }

  return (
    <fieldset className="filter-group">
      <legend>{t('province')}</legend>
      {options.length === 0 && <p className="muted">{t('noProvince')}</p>}
      <ul className="check-list">
        {options.map((p) => (
          <li key={p.slug}>
            <label className="check">
              <input type="checkbox" name="province" value={p.slug} checked={selected.includes(p.slug)} onChange={(e) => toggle(p.slug, e.currentTarget.checked)} />
              <span className="check-label">{p.name}</span>
              <span className="count">{p.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
