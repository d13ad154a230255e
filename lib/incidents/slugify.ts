import { foldText } from '@/lib/text/fold-text';

/** `Daily NK` → `daily-nk`: the outlet key used in URLs. */
export function slugify(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64) || 'unknown'
  );
}
