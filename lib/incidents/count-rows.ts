import type { FacetToSkip } from './build-where';
import type { Interval } from './periods';

// The shape of a grouped count, apart from count-incidents.ts so that the modules it reads from can name it too.
export type CountDim = 'type' | 'admin1' | 'period';
/** One group: the dimensions asked for (null = none: no province, or undated) and how many incidents. */
export type CountRow = Partial<Record<CountDim, string | null>> & { n: number };
export type CountRequest = { dims: CountDim[]; by?: Interval; skip?: FacetToSkip };
