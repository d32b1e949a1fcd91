// Where each value of a form export's row is, once the row is read as an answer file's data: the cell
// each path came from. Plain data, so a row crosses to a worker thread as a YAML file's position table
// does; kept apart from the readers so the assessing thread loads only this.
import type { DocPath, Locator, Position } from '../core/diagnostics.js';

/** A path ("answers/must-do", "organisation/name") to its cell; the row's start for any other. */
export interface RowPlaces {
  start: Position;
  cells: Map<string, Position>;
}

/** The locator of a row's answer file: each path at its cell, and anything else at the row's start. */
export function rowLocator({ start, cells }: RowPlaces): Locator {
  return {
    at: (path: DocPath) => cells.get(`${String(path[0])}/${String(path[1])}`) ?? cells.get(String(path[0])) ?? start,
  };
}
