import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import type { Settings } from '../model/schema';

/**
 * The pack's look: one sans-serif family, quiet colours that still print as clear greys, and
 * sizes that read on paper and on a phone. Sizes are in half-points, spacing in twips.
 */
export const FONT = 'Calibri';

export const COLOR = {
  ink: '1F2328',
  muted: '5B6470',
  accent: '1F3A5F',
  rule: 'B8C0CA',
  headerFill: 'E6EBF1',
  gapFill: 'F8D4D4',
  thinFill: 'FBE6B8',
  warn: '8A4B00',
  markFill: 'EEF2F7',
} as const;

export const SIZE = {
  body: 22,
  small: 18,
  tiny: 16,
  compact: 20,
  /** Story cards: a little under body, so a 350-word story keeps to its page. */
  card: 21,
  lead: 23,
  title: 56,
  subtitle: 32,
} as const;

/** Page geometry in twips; the text width lays out tables and the footer's right tab. */
export interface PageSetup {
  width: number;
  height: number;
  margin: number;
  textWidth: number;
}

export function pageSetup(paperSize: Settings['paperSize']): PageSetup {
  // A4 with 2 cm margins, Letter with 0.75 in: room for the text without a cramped edge.
  const page =
    paperSize === 'letter'
      ? { width: 12240, height: 15840, margin: 1080 }
      : { width: 11906, height: 16838, margin: 1134 };
  return { ...page, textWidth: page.width - 2 * page.margin };
}

const font = { ascii: FONT, hAnsi: FONT, cs: 'Arial', eastAsia: FONT };

export function documentStyles(): IStylesOptions {
  const heading = (size: number, before: number, color: string = COLOR.accent) => ({
    run: { font, size, sizeComplexScript: size, bold: true, color },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font, size: SIZE.body, sizeComplexScript: SIZE.body, color: COLOR.ink },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font, size: SIZE.title, sizeComplexScript: SIZE.title, color: COLOR.accent },
        paragraph: { spacing: { before: 1200, after: 240 } },
      },
      heading1: {
        ...heading(32, 0),
        paragraph: {
          spacing: { before: 480, after: 200 },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 4 } },
        },
      },
      heading2: heading(26, 320),
      heading3: heading(SIZE.body, 200, COLOR.muted),
    },
    characterStyles: [
      {
        id: 'CardLabel',
        name: 'Card label',
        run: {
          size: SIZE.small,
          sizeComplexScript: SIZE.small,
          bold: true,
          boldComplexScript: true,
          color: COLOR.muted,
        },
      },
    ],
    paragraphStyles: [
      {
        // Story cards: a little under body size, so a 350-word story keeps to its page.
        id: 'Card',
        name: 'Card text',
        basedOn: 'Normal',
        run: { size: SIZE.card, sizeComplexScript: SIZE.card },
        paragraph: { spacing: { after: 80 } },
      },
      // The contents' lines, tight enough that a 40-story contents stays on the cover page.
      ...[1, 2].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.compact, sizeComplexScript: SIZE.compact },
        paragraph: {
          spacing: { before: 0, after: level === 1 ? 20 : 0 },
          indent: { left: (level - 1) * 280 },
        },
      })),
      {
        id: 'ContentsLabel',
        name: 'Contents label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: 28, bold: true, color: COLOR.accent },
        paragraph: { spacing: { before: 600, after: 160 }, keepNext: true },
      },
      {
        id: 'Small',
        name: 'Small print',
        basedOn: 'Normal',
        run: { size: SIZE.small, sizeComplexScript: SIZE.small, color: COLOR.muted },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'Cell',
        name: 'Table text',
        basedOn: 'Normal',
        run: { size: SIZE.compact, sizeComplexScript: SIZE.compact },
        paragraph: { spacing: { before: 20, after: 20, line: 252 } },
      },
      {
        id: 'Cheat',
        name: 'Cheat sheet text',
        basedOn: 'Normal',
        run: { size: SIZE.small, sizeComplexScript: SIZE.small },
        paragraph: { spacing: { before: 0, after: 30, line: 240 } },
      },
      {
        id: 'Grid',
        name: 'Matrix grid text',
        basedOn: 'Cheat',
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      },
      {
        id: 'GridCentered',
        name: 'Matrix grid mark',
        basedOn: 'Grid',
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: 'CellCentered',
        name: 'Table text centred',
        basedOn: 'Cell',
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}

/** A small round bullet with a short indent: Word's default is a heavy dot a half-inch in. */
export const BULLET = 'storybank-bullet';

export function bulletNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLET,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 284, hanging: 200 } } },
          },
        ],
      },
    ],
  };
}
