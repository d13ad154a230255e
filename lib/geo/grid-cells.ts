/**
 * The map's grid: square cells of 360 / 2^level degrees, aligned on the whole globe, numbered
 * row = floor((lat + 90) / step), column = floor((lon + 180) / step). SQL computes the same numbers with the
 * same double arithmetic (FLOOR(("lat" + 90) / step)), so a cell is the same cell on both sides. Pure functions.
 */

/** IncidentCellCount holds the cells of levels 0 to this one (cells of 0.35°); finer grids read the points. */
export const MAX_CELL_LEVEL = 10;

export const CELL_LEVELS: readonly number[] = Array.from({ length: MAX_CELL_LEVEL + 1 }, (_, level) => level);

/** A level's cell size in degrees (exact in a double: 360 over a power of two). */
export function gridStep(level: number): number {
  return 360 / 2 ** level;
}

/** The level of a step made by gridStep, or null for any other step. */
export function gridLevel(step: number): number | null {
  const level = Math.round(Math.log2(360 / step));
  return gridStep(level) === step ? level : null;
}

export function cellRow(lat: number, step: number): number {
  return Math.floor((lat + 90) / step);
}

export function cellColumn(lon: number, step: number): number {
  return Math.floor((lon + 180) / step);
}
