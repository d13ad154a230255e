import { PLACE_BY_ID } from '@/lib/geo/gazetteer-index';
import type { Place } from '@/lib/geo/types';

/** Parent first, up to the country; empty for a country or an unknown id. */
export function getAncestors(id: string): Place[] {
  const chain: Place[] = [];
  let parentId = PLACE_BY_ID.get(id)?.parentId ?? null;
  while (parentId) {
    const parent = PLACE_BY_ID.get(parentId);
    // The data is a tree, but a bad edit could make a loop; stop rather than spin.
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain;
}
