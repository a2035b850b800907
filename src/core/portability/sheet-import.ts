import { activeSet } from '../principles/set-edits';
import type { Bank } from '../model/schema';
import type { SheetField, SheetTable } from './sheet-fields';
import { applySheetPlan, rowsMatchingBank, type SheetImportMode } from './sheet-merge';
import {
  mappingNames,
  planSheetImport,
  type SheetChoices,
  type SheetPlan,
  type UnmatchedPrinciple,
} from './sheet-stories';

/**
 * What the Export view and `storybank import` show of a table before anything is written, and
 * the import itself. One place for both, so the preview is what the import does.
 */

/** Rows shown "as they will be imported". */
export const PREVIEW_ROWS = 5;

export interface SheetPreviewRow {
  row: number;
  title: string;
  headline: string;
  when: string | null;
  company: string;
  role: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  principles: string[];
  tags: string[];
  status: 'draft' | 'ready';
}

export interface SheetPreview {
  sheets: string[];
  sheet: string | null;
  unit: SheetTable['unit'];
  setName: string;
  columns: { header: string; field: SheetField; sample: string }[];
  rows: SheetPreviewRow[];
  /** Rows with anything in them; of those, `importable` become stories. */
  total: number;
  importable: number;
  skipped: { row: number; reason: string }[];
  unmatched: UnmatchedPrinciple[];
  /** Rows titled like a story in the bank: a merge fills those in, an add makes a second. */
  matchingBank: number[];
}

export function planFor(bank: Bank, table: SheetTable, choices: SheetChoices): SheetPlan {
  let n = 0;
  // Ids here are placeholders for the preview; the import draws real ones.
  return planSheetImport(table, activeSet(bank), choices, () => `preview-${++n}`);
}

export function previewSheet(bank: Bank, table: SheetTable, choices: SheetChoices): SheetPreview {
  const plan = planFor(bank, table, choices);
  const set = activeSet(bank);
  return {
    sheets: table.sheets,
    sheet: table.sheet,
    unit: table.unit,
    setName: set.name,
    columns: plan.headers.map((header, i) => ({
      header,
      field: plan.mapping[i] ?? 'ignore',
      sample: table.rows.map((row) => row.cells[i] ?? '').find((cell) => cell.trim()) ?? '',
    })),
    rows: plan.stories.slice(0, PREVIEW_ROWS).map(({ row, content }) => ({
      row,
      title: content.title,
      headline: content.headline,
      when: content.when,
      company: content.company,
      role: content.role,
      situation: content.situation,
      task: content.task,
      action: content.action,
      result: content.result,
      principles: mappingNames(content, set),
      tags: content.tags,
      status: content.status,
    })),
    total: plan.total,
    importable: plan.stories.length,
    skipped: plan.skipped,
    unmatched: plan.unmatched,
    matchingBank: rowsMatchingBank(bank, plan),
  };
}

export interface SheetImportOutcome {
  mode: SheetImportMode;
  added: number;
  updated: number;
  skipped: { row: number; reason: string }[];
  unmatchedPrinciples: { text: string; rows: number[] }[];
}

/**
 * Plans against the bank being changed (inside store.importWith) and applies the plan; the
 * store checks the result against every rule before it saves, after a backup.
 */
export function importSheetInto(
  bank: Bank,
  table: SheetTable,
  choices: SheetChoices,
  mode: SheetImportMode,
  at: Date,
  newId: () => string,
): SheetImportOutcome {
  const plan = planSheetImport(table, activeSet(bank), choices, newId);
  const { added, updated } = applySheetPlan(bank, plan, mode, at, newId);
  return {
    mode,
    added: added.length,
    updated: updated.length,
    skipped: plan.skipped,
    unmatchedPrinciples: plan.unmatched.map(({ text, rows }) => ({ text, rows })),
  };
}
