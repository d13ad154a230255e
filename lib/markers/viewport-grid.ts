/**
 * The grid the viewport markers are counted on: square cells of `step` degrees, aligned on the whole globe
 * (cell = floor((lat + 90) / step), floor((lon + 180) / step)) so that panning never moves a cell. The step
 * follows the zoom (about a quarter of a 256-pixel tile) and grows when the box would need more than
 * MAX_FEATURES cells, so an answer stays bounded whatever the box or the data. Pure functions.
 */

import { cellColumn, cellRow, gridStep } from '@/lib/geo/grid-cells';

/** [west, south, east, north] in degrees, west < east, south < north (the antimeridian is not crossed). */
export type BBox = [number, number, number, number];

/** At most this many features (one per non-empty cell) in an answer. */
export const MAX_FEATURES = 500;
/** The box is widened by this share of its width and height on each side, so a small pan needs no refetch. */
export const BBOX_MARGIN = 0.25;
export const MAX_ZOOM = 22;

/** The box plus its margin, clamped to the globe. */
export function expandBBox([west, south, east, north]: BBox, margin = BBOX_MARGIN): BBox {
  const dx = (east - west) * margin;
  const dy = (north - south) * margin;
  return [Math.max(-180, west - dx), Math.max(-90, south - dy), Math.min(180, east + dx), Math.min(90, north + dy)];
}

/** How many grid cells the box touches at this step: the most features an answer can have. */
export function countCells([west, south, east, north]: BBox, step: number): number {
  return (cellColumn(east, step) - cellColumn(west, step) + 1) * (cellRow(north, step) - cellRow(south, step) + 1);
}

/** 360 / 2^k degrees: k = zoom + 2 (a cell ≈ 64 px), coarser until the box holds at most `max` cells. */
export function chooseGridStep(zoom: number, bbox: BBox, max = MAX_FEATURES): number {
  let k = Math.min(Math.max(Math.round(zoom), 0), MAX_ZOOM) + 2;
  while (k > 0 && countCells(bbox, gridStep(k)) > max) k -= 1;
  return gridStep(k);
}

/** The cells a box touches, as row and column ranges (inclusive). */
export type CellRange = { rows: [number, number]; columns: [number, number] };

export function toCellRange([west, south, east, north]: BBox, step: number): CellRange {
  return { rows: [cellRow(south, step), cellRow(north, step)], columns: [cellColumn(west, step), cellColumn(east, step)] };
}

/**
 * The area of those whole cells: what an answer counts, so that a cell on the edge of the view shows all its
 * incidents wherever the view is (and the cell roll-up can answer it). West and south inclusive, east and north
 * exclusive (the next cell's first line); it may reach one cell past the globe's edge, where nothing lies.
 */
export function toCellArea({ rows, columns }: CellRange, step: number): BBox {
  return [columns[0] * step - 180, rows[0] * step - 90, (columns[1] + 1) * step - 180, (rows[1] + 1) * step - 90];
}
