import { getProvinceByName, PROVINCES } from '@/lib/geo/provinces';

export type ProvinceOption = { slug: string; name: string; count: number };

/**
 * The province checkboxes from counts by province name: provinces in the table's order, each with its count;
 * provinces with no incident are left out unless selected (a selected one stays listed at zero). Pure, so
 * the server's first render and the browser's later updates list the same options.
 */
export function toProvinceOptions(rows: readonly { admin1?: string | null; n: number }[], selected: readonly string[]): ProvinceOption[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const slug = row.admin1 ? getProvinceByName(row.admin1)?.slug : null;
    if (slug) counts.set(slug, row.n);
  }
  return PROVINCES.filter((p) => counts.has(p.slug) || selected.includes(p.slug)).map((p) => ({
    slug: p.slug,
    name: p.name,
    count: counts.get(p.slug) ?? 0,
  }));
}
