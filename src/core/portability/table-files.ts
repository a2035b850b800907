import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { StorybankError } from '../errors';
import { markdownTable } from './markdown-stories';
import type { SheetTable } from './sheet-fields';
import { decodeBankBytes, withoutBom } from './text-decoding';

/**
 * Spreadsheet files, pasted ranges and Markdown read into one `SheetTable`. Node only
 * (exceljs): the renderer sends the bytes or the pasted text through the contract.
 */

export type SheetFormat = 'csv' | 'tsv' | 'xlsx' | 'md';

/** More rows than any story bank; a file past it is a different kind of file. */
export const MAX_SHEET_ROWS = 5_000;
export const MAX_SHEET_BYTES = 20_000_000;

export function formatOfName(name: string): SheetFormat | null {
  const extension = name.toLowerCase().slice(name.lastIndexOf('.') + 1);
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'md' || extension === 'markdown') return 'md';
  return null;
}

export async function readSheetFile(
  bytes: Uint8Array,
  format: SheetFormat,
  sheet?: string,
): Promise<SheetTable> {
  if (bytes.length > MAX_SHEET_BYTES) {
    throw new StorybankError('too-large', 'That file is over 20 MB: too large to be a story bank.');
  }
  if (format === 'xlsx') return readWorkbook(bytes, sheet);
  const text = withoutBom(decodeBankBytes(bytes));
  return format === 'md' ? markdownTable(text) : readDelimited(text);
}

/** A range copied from a spreadsheet arrives as TSV; Markdown and CSV pasted are read too. */
export function readPasted(text: string): SheetTable {
  const clean = withoutBom(text);
  const firstLine = clean.split('\n', 1)[0] ?? '';
  if (!firstLine.includes('\t') && /^\s{0,3}#{1,6}\s/m.test(clean)) return markdownTable(clean);
  return readDelimited(clean);
}

/** Any delimiter (papaparse guesses among comma, tab, semicolon, pipe), quoted multi-line cells. */
export function readDelimited(text: string): SheetTable {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: ['\t', ',', ';', '|'],
    skipEmptyLines: false,
  });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    throw new StorybankError(
      'invalid-input',
      `That file has a quote that is never closed (near row ${(broken.row ?? 0) + 1}), so it ` +
        'cannot be read as a table. Nothing was imported.',
    );
  }
  return tableOf(parsed.data.map((cells, index) => ({ number: index + 1, cells })));
}

async function readWorkbook(bytes: Uint8Array, wanted?: string): Promise<SheetTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new StorybankError(
      'invalid-input',
      'That file is not an Excel workbook Storybank can read (.xlsx). Nothing was imported.',
    );
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = wanted
    ? workbook.worksheets.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase())
    : (workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!sheet) {
    throw new StorybankError(
      'invalid-input',
      wanted
        ? `The workbook has no sheet “${wanted}”. Its sheets: ${sheets.join(', ')}.`
        : 'The workbook has no sheets.',
    );
  }
  const rows: SheetTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows.push({ number, cells });
  });
  return { ...tableOf(rows), sheets, sheet: sheet.name };
}

/** A cell's value as the person sees it; a date as its ISO day, so "when" can read it. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}

/** The first row with any text holds the headers; empty rows below it are left out. */
function tableOf(rows: { number: number; cells: string[] }[]): SheetTable {
  const filled = rows
    .map((row) => ({ number: row.number, cells: row.cells.map(cleanCell) }))
    .filter((row) => row.cells.some(Boolean));
  const [head, ...body] = filled;
  if (!head) {
    throw new StorybankError('invalid-input', 'That file holds no table. Nothing was imported.');
  }
  if (body.length > MAX_SHEET_ROWS) {
    throw new StorybankError(
      'too-large',
      `That table has ${body.length.toLocaleString('en-US')} rows; Storybank imports at most ` +
        `${MAX_SHEET_ROWS.toLocaleString('en-US')} at a time. Nothing was imported.`,
    );
  }
  const width = Math.max(...filled.map((row) => row.cells.length));
  const headers = Array.from({ length: width }, (_, i) => head.cells[i] || `Column ${i + 1}`);
  return {
    headers,
    rows: body.map((row) => ({
      number: row.number,
      cells: headers.map((_, i) => row.cells[i] ?? ''),
    })),
    sheets: [],
    sheet: null,
    unit: 'row',
  };
}

/** Excel and Windows write CRLF inside cells too; the bank keeps plain line breaks. */
const cleanCell = (cell: string) => cell.replace(/\r\n?/g, '\n').trim();
