// The action tracker (docs/tracker.md): the plan's actions as the group keeps them, one row each, with an
// owner, a target date, a status and notes. ce-plan writes it with a report (`assess --tracker`) and
// reads it back as the group edited it (`compare --tracker`, `assess --previous-tracker`); rows are
// matched to actions by their stable id, so a tracker outlives the bank version it was written from.
import type { Position } from './diagnostics.js';

/** The statuses a tracker's drop-down offers, in the order work goes. */
export const TRACKER_STATUSES = ['Not started', 'Under way', 'Done', 'Dropped'] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];

/** The columns of a tracker, in order: the header row's text, which reading a tracker back checks. */
export const TRACKER_COLUMNS = ['ID', 'Gap', 'Horizon', 'Action', 'Owner', 'Target date', 'Status', 'Notes'] as const;
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** What a tracker says of one action, as read back. */
export interface TrackedAction {
  id: string;
  /** Null when the cell held something that is not one of the four statuses (a finding says so). */
  status: TrackerStatus | null;
  owner: string | null;
  /** A date as YYYY-MM-DD, or the text typed where it is not a date ce-plan can read (kept as typed). */
  targetDate: string | null;
  notes: string | null;
  /** The action's text as the row gives it. */
  text: string | null;
  /** The row a spreadsheet shows for it (the header is row 1). */
  row: number;
  /** Its ID cell, for messages about the action. */
  at: Position;
}

/** What a tracker records of the assessment it was written from: its hidden "About" sheet (a CSV has none). */
export interface TrackerOrigin {
  bank: { id: string; version: string };
  organisation: { name: string; area: string | null };
  date: string | null;
  /** The ids of the actions it was written with, in plan order: a row deleted since is found by them. */
  actions: string[];
}

/** A tracker read back: its actions by id (the first row of each id), and where it came from when it says. */
export interface Tracker {
  file: string;
  /** Where its rows are, for messages: `sheet "Actions"`, or `CSV`. */
  sheet: string;
  origin: TrackerOrigin | null;
  actions: TrackedAction[];
}

/** A cell's name as a spreadsheet shows it: column 2 of row 7 is B7. */
export function cellName({ line, column }: Position): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${line}`;
}

/** "done", " Under way " → the status; anything else null. */
export function statusOf(text: string): TrackerStatus | null {
  const plain = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (plain === '') return 'Not started';
  return TRACKER_STATUSES.find((status) => status.toLowerCase() === plain) ?? null;
}
