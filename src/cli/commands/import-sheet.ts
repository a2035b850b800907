import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { StorybankError } from '../../core/errors';
import { newBank } from '../../core/model/bank';
import {
  detectMapping,
  FIELD_LABELS,
  headerKey,
  isSheetField,
  SHEET_FIELDS,
  type SheetField,
  type SheetTable,
} from '../../core/portability/sheet-fields';
import { importSheetInto, planFor } from '../../core/portability/sheet-import';
import type { SheetImportMode } from '../../core/portability/sheet-merge';
import { readSheetFile, type SheetFormat } from '../../core/portability/table-files';
import { readSnapshot } from '../../core/store/snapshot';
import { BankStore } from '../../core/store/store';
import { UsageError } from '../args';
import { EXIT, type CommandContext } from '../command';

/**
 * `storybank import` of a spreadsheet or Markdown file: the same plan the Export view previews,
 * printed, and (unless --dry-run) added to the bank after a backup.
 */
export async function importSheet(
  file: string,
  format: SheetFormat,
  { dataDir, args, json, out, now }: CommandContext,
): Promise<number> {
  const sheet = args.values.get('--sheet');
  if (sheet && format !== 'xlsx') throw new UsageError('--sheet is for .xlsx workbooks only.');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new StorybankError('not-found', `Storybank can't read ${file}.`);
  }
  const table = await readSheetFile(bytes, format, sheet);
  const mapping = mappingOf(table, args.lists.get('--map') ?? []);
  const mode: SheetImportMode = args.switches.has('--merge') ? 'merge' : 'add';
  const columns = Object.fromEntries(table.headers.map((header, i) => [header, mapping[i]!]));

  if (args.switches.has('--dry-run')) {
    // Read without the lock: a dry run works while the app has the bank open, and writes nothing.
    const snapshot = await readSnapshot(dataDir);
    if (!snapshot.ok && !snapshot.missing) {
      throw new StorybankError(
        'corrupt',
        `Storybank can't read ${snapshot.path}: ${snapshot.problem}.`,
      );
    }
    const plan = planFor(snapshot.ok ? snapshot.bank : newBank(), table, { mapping });
    const result = {
      mode,
      dryRun: true,
      added: plan.stories.length,
      stories: plan.stories.map(({ row, content }) => ({ row, title: content.title })),
      skipped: plan.skipped,
      unmatchedPrinciples: plan.unmatched.map(({ text, rows }) => ({ text, rows })),
      mapping: columns,
    };
    out(json ? JSON.stringify(result, null, 2) : dryRunText(table, mapping, result));
    return exitOf(result);
  }

  const store = await BankStore.open({ dataDir }); // the lock: one writer at a time
  try {
    const outcome = await store.importWith((bank) =>
      importSheetInto(bank, table, { mapping }, mode, now(), randomUUID),
    );
    const backup = (await store.listBackups()).find((b) => b.reason === 'pre-import');
    const result = { ...outcome, mapping: columns, backup: backup?.id ?? null };
    out(json ? JSON.stringify(result, null, 2) : importedText(table, result));
    return exitOf(result);
  } finally {
    await store.close();
  }
}

interface Findings {
  skipped: { row: number; reason: string }[];
  unmatchedPrinciples: { text: string; rows: number[] }[];
}

const exitOf = ({ skipped, unmatchedPrinciples }: Findings) =>
  skipped.length || unmatchedPrinciples.length ? EXIT.findings : EXIT.ok;

/** The detected mapping with each `--map "Column=field"` laid over it. */
function mappingOf(table: SheetTable, given: readonly string[]): SheetField[] {
  const mapping = detectMapping(table.headers);
  for (const entry of given) {
    const at = entry.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map takes "Column=field", not "${entry}".`);
    const column = entry.slice(0, at).trim();
    const field = fieldNamed(entry.slice(at + 1).trim());
    const index = table.headers.findIndex((h) => h.trim().toLowerCase() === column.toLowerCase());
    if (index < 0) {
      throw new UsageError(
        `The file has no column “${column}”. Its columns: ${table.headers.join(', ')}.`,
      );
    }
    mapping[index] = field;
  }
  return mapping;
}

function fieldNamed(name: string): SheetField {
  if (isSheetField(name)) return name;
  const key = headerKey(name);
  const byLabel = SHEET_FIELDS.find((field) => headerKey(FIELD_LABELS[field]) === key);
  if (byLabel) return byLabel;
  if (['none', 'skip', 'ignore', 'drop'].includes(key)) return 'ignore';
  throw new UsageError(`“${name}” is not a story field. Fields: ${SHEET_FIELDS.join(', ')}.`);
}

function mappingLines(table: SheetTable, mapping: readonly SheetField[]): string[] {
  return table.headers.map((header, i) => `  ${header} → ${FIELD_LABELS[mapping[i] ?? 'ignore']}`);
}

function findingLines(table: SheetTable, { skipped, unmatchedPrinciples }: Findings): string[] {
  const unit = table.unit === 'line' ? 'Line' : 'Row';
  const lines = skipped.map(({ row, reason }) => `  ${unit} ${row} skipped: ${reason}.`);
  for (const { text, rows } of unmatchedPrinciples) {
    lines.push(
      `  “${text}” (${unit.toLowerCase()}${rows.length > 1 ? 's' : ''} ${rows.join(', ')}) ` +
        'names no principle of the active set: kept as a tag.',
    );
  }
  return lines;
}

function dryRunText(
  table: SheetTable,
  mapping: readonly SheetField[],
  result: Findings & { added: number; stories: { row: number; title: string }[] },
): string {
  const unit = table.unit === 'line' ? 'line' : 'row';
  return [
    `Columns${table.sheet ? ` of “${table.sheet}”` : ''}:`,
    ...mappingLines(table, mapping),
    `Would add ${result.added} ${result.added === 1 ? 'story' : 'stories'} (dry run: nothing written):`,
    ...result.stories.map(({ row, title }) => `  ${unit} ${row}: ${title}`),
    ...findingLines(table, result),
  ].join('\n');
}

function importedText(
  table: SheetTable,
  result: Findings & { added: number; updated: number; backup: string | null },
): string {
  const kept = result.backup ? ` The bank as it was is in backups/${result.backup}.` : '';
  return [
    `Imported ${result.added} ${result.added === 1 ? 'story' : 'stories'}` +
      (result.updated ? `, filled in ${result.updated}` : '') +
      `.${kept}`,
    ...findingLines(table, result),
  ].join('\n');
}
