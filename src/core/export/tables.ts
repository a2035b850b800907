import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { CoverageState } from '../coverage/coverage';
import { COLOR, SIZE } from './styles';
import { line, type RunStyle } from './text-runs';

/** Light fills for gaps and thin principles; the label in the cell says the same in words. */
export const STATE_FILL: Record<CoverageState, string | undefined> = {
  gap: COLOR.gapFill,
  thin: COLOR.thinFill,
  covered: undefined,
};

export { STATE_WORD as STATE_LABEL } from '../coverage/presentation';

/** Margins of a cell in twips; the matrix's dense grid takes less. */
export function cell(children: Paragraph[], fill?: string, side = 100, vertical = 40): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ style: 'Cell' })],
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: vertical, bottom: vertical, left: side, right: side },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

export function textCell(
  text: string,
  style: RunStyle = {},
  fill?: string,
  centred = false,
  side?: number,
) {
  return cell([line(text, style, { style: centred ? 'CellCentered' : 'Cell' })], fill, side);
}

/** A header row that repeats on every page the table runs onto. */
export function headerRow(titles: readonly string[], centredFrom = Infinity): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((title, i) =>
      i >= centredFrom
        ? textCell(title, { bold: true, size: SIZE.small }, COLOR.headerFill, true, 20)
        : textCell(title, { bold: true }, COLOR.headerFill),
    ),
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };

/**
 * A fixed-layout table across the text width: column widths are fractions of it, so a long
 * unbroken word wraps inside its cell instead of pushing the table off the page.
 */
export function table(rows: TableRow[], fractions: readonly number[], textWidth: number): Table {
  const total = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => Math.floor((f / total) * textWidth));
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** A table for layout only (columns of a legend): no rules, the full width given. */
export function borderless(rows: TableRow[], width: number): Table {
  const columns = rows[0]?.cells.length ?? 1;
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
  });
}
