import {
  HeadingLevel,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { BULLET } from './styles';
import { startsRightToLeft, xmlSafe } from './text-safety';

/**
 * The one door for text into the document: every TextRun of the pack is made here, after
 * xmlSafe, with line feeds turned into real breaks and tabs into real tabs (docx would keep
 * them as literal characters, which Word shows as spaces).
 */

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Half-points, as docx counts them. */
  size?: number;
  color?: string;
  /** A character style of the pack's styles, such as 'CardLabel'. */
  style?: string;
}

/** A stretch of text with one look; a paragraph is a list of them. */
export type Piece = readonly [text: string, style?: RunStyle];

export type ParagraphProps = Omit<IParagraphOptions, 'text' | 'children'>;

/** Props of a list item with the pack's own bullet. */
export const BULLET_ITEM: ParagraphProps = { numbering: { reference: BULLET, level: 0 } };

const normalise = (text: string) => xmlSafe(text).replace(/\r\n?/g, '\n');

function runOptions(style: RunStyle): IRunOptions {
  const { size, ...rest } = style;
  // Arabic and Hebrew take the "complex script" size; without it they print at 10pt.
  return size === undefined ? rest : { ...rest, size, sizeComplexScript: size };
}

/** Runs for one piece of text: a break before each new line, a tab element for each tab. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return safeRuns(normalise(text), style);
}

function safeRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, index) => {
    const children = line
      .split('\t')
      .flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]))
      .filter((child) => child !== '');
    return new TextRun({ ...runOptions(style), children, break: index > 0 ? 1 : undefined });
  });
}

/** A paragraph of pieces already through normalise; right to left when its first letter is. */
function safeParagraph(pieces: readonly Piece[], props: ParagraphProps): Paragraph {
  return new Paragraph({
    bidirectional: startsRightToLeft(pieces.map(([text]) => text).join('')) || undefined,
    ...props,
    children: pieces.flatMap(([text, style]) => safeRuns(text, style)),
  });
}

export function paragraph(pieces: readonly Piece[], props: ParagraphProps = {}): Paragraph {
  return safeParagraph(
    pieces.map(([text, style]) => [normalise(text), style]),
    props,
  );
}

export function line(text: string, style: RunStyle = {}, props: ParagraphProps = {}): Paragraph {
  return paragraph([[text, style]], props);
}

/**
 * Text a person wrote: each blank line starts a new paragraph, a single line feed stays a
 * line break within it. Empty text gives no paragraph at all.
 */
export function blocks(
  text: string,
  style: RunStyle = {},
  props: ParagraphProps = {},
): Paragraph[] {
  return normalise(text)
    .split(/\n(?:[ \t\u00A0]*\n)+/)
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => safeParagraph([[chunk, style]], props));
}

/**
 * Text a person wrote, split like `blocks`, each paragraph's pieces made by `toPieces` (to
 * bold its numbers, say), with `lead` (a label) before the first paragraph.
 */
export function pieceBlocks(
  text: string,
  toPieces: (chunk: string) => Piece[],
  props: { first: ParagraphProps; rest: ParagraphProps },
  lead: readonly Piece[] = [],
): Paragraph[] {
  return normalise(text)
    .split(/\n(?:[ \t\u00A0]*\n)+/)
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk, index) =>
      paragraph(index === 0 ? [...lead, ...toPieces(chunk)] : toPieces(chunk), {
        ...(index === 0 ? props.first : props.rest),
        bidirectional: startsRightToLeft(chunk) || undefined,
      }),
    );
}

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A real Word heading, so the navigation pane and the table of contents find it. */
export function heading(level: 1 | 2 | 3, text: string, props: ParagraphProps = {}): Paragraph {
  return line(text, {}, { ...props, heading: LEVELS[level] });
}

/** The footer: who the pack is for on the left, "Page 3 of 12" (fields) at the right margin. */
export function footerLine(text: string, style: RunStyle, rightMargin: number): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: rightMargin }],
    children: [
      ...runs(text, style),
      new TextRun({
        ...runOptions(style),
        children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
      }),
    ],
  });
}
