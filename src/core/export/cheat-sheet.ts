import { TableRow, type FileChild, type Paragraph } from 'docx';
import type { PrincipleCoverage } from '../coverage/coverage';
import type { Story } from '../model/schema';
import { keyFigure } from './key-figure';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { STATE_FILL, STATE_LABEL, cell, table } from './tables';
import { heading, line, paragraph } from './text-runs';

/**
 * One page to re-read the night before: per principle, the stories to tell (title in bold,
 * then the one figure that proves it), primary first, backups marked. Each principle shows at
 * most a few stories, as many as one page holds, so the sheet stays a page whatever the bank.
 */

const small = { size: SIZE.small, color: COLOR.muted };
const NAME_SHARE = 27;
const MOST_PER_PRINCIPLE = 3;

/** A story to tell for a principle: primary ones are told, secondary ones are backups. */
interface Entry {
  story: Story;
  primary: boolean;
  figure: string | null;
}

function entriesOf(principle: PrincipleCoverage, content: PackContent): Entry[] {
  return principle.storyIds.map((id) => {
    const story = content.byId.get(id)!;
    const primary = story.principles.some(
      (m) => m.principleId === principle.principleId && m.strength === 'primary',
    );
    return { story, primary, figure: keyFigure(story) };
  });
}

/** Primary first, then those with a figure to quote, then the bank's order. */
function ranked(entries: Entry[]): Entry[] {
  const score = (e: Entry) => (e.primary ? 0 : 2) + (e.figure ? 0 : 1);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => score(a.entry) - score(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

// The fit estimate, in twips, for the 'Cheat' style (9 pt), measured in LibreOffice with
// DejaVu Sans (what it prints Calibri with where Calibri is missing: the wider case): an
// average letter, a line with its spacing, a row's cell margins, and the heading and intro.
const CHAR_TWIPS = 108;
const LINE_TWIPS = 222;
const ENTRY_TWIPS = 30;
const ROW_PADDING_TWIPS = 190;
// The heading, the intro and a line to spare, so a wrap the estimate missed still fits.
const HEADER_TWIPS = 2100;

const entryText = (e: Entry) =>
  `${e.primary ? '' : 'backup  '}${e.story.title}  ${e.figure ?? 'no figure yet'}`;

interface Row {
  name: string;
  state: string;
  entries: Entry[];
}

const nameText = (row: Row) => `${row.name} ${row.state} · 99 more`;

/** Estimated height of the sheet showing `counts[i]` stories for principle i. */
function estimate(rows: Row[], counts: number[], content: PackContent): number {
  const perLine = (share: number) =>
    Math.floor(((content.page.textWidth * share) / 100 - 200) / CHAR_TWIPS);
  // Lines break between words, so a line holds a little less than its letters' worth.
  const lines = (text: string, share: number) => Math.ceil(text.length / (perLine(share) * 0.92));
  return rows.reduce((total, row, i) => {
    const shown = row.entries.slice(0, Math.max(1, counts[i]!));
    const entries = shown.reduce((sum, e) => sum + lines(entryText(e), 100 - NAME_SHARE), 0);
    const name = lines(nameText(row), NAME_SHARE);
    const height = Math.max(name * LINE_TWIPS, entries * LINE_TWIPS + shown.length * ENTRY_TWIPS);
    return total + height + ROW_PADDING_TWIPS;
  }, HEADER_TWIPS);
}

/**
 * How many stories each principle shows: one each first, then a backup for the principles
 * interviewers ask most, then a third, for as long as the sheet stays on one page.
 */
export function storiesShown(rows: Row[], frequency: number[], content: PackContent): number[] {
  const room = content.page.height - 2 * content.page.margin;
  const counts = rows.map((row) => Math.min(1, row.entries.length));
  const order = rows.map((_, i) => i).sort((a, b) => frequency[b]! - frequency[a]! || a - b);
  for (let most = 2; most <= MOST_PER_PRINCIPLE; most++) {
    for (const i of order) {
      // Only a principle that has its earlier ones shown takes another.
      if (rows[i]!.entries.length < most || counts[i] !== most - 1) continue;
      counts[i] = most;
      // A principle whose next story would not fit is skipped; a shorter one may still.
      if (estimate(rows, counts, content) > room) counts[i] = most - 1;
    }
  }
  return counts;
}

function entryParagraph(entry: Entry): Paragraph {
  return paragraph(
    [
      ...(entry.primary ? [] : ([['backup  ', { ...small, italics: true }]] as const)),
      [entry.story.title || 'Untitled story', { bold: true }],
      entry.figure ? [`  ${entry.figure}`, { color: COLOR.accent }] : ['  no figure yet', small],
    ],
    { style: 'Cheat', indent: { left: 170, hanging: 170 } },
  );
}

function nameCell(principle: PrincipleCoverage, shown: number) {
  const more = principle.storyIds.length - shown;
  const state = `${STATE_LABEL[principle.state]}${more > 0 ? ` · ${more} more` : ''}`;
  return cell(
    [
      paragraph(
        [
          [principle.name, { bold: true }],
          ['  '],
          [state, { ...small, bold: principle.state !== 'covered' }],
        ],
        { style: 'Cheat' },
      ),
    ],
    STATE_FILL[principle.state],
  );
}

export function cheatSheetSection(content: PackContent, newPage: boolean): FileChild[] {
  const principles = content.coverage.principles;
  const rows = principles.map((principle) => ({
    name: principle.name,
    state: STATE_LABEL[principle.state],
    entries: ranked(entriesOf(principle, content)),
  }));
  const counts = storiesShown(
    rows,
    principles.map((principle) => principle.frequency),
    content,
  );
  const tableRows = principles.map((principle, index) => {
    const shown = rows[index]!.entries.slice(0, counts[index]);
    return new TableRow({
      cantSplit: true,
      children: [
        nameCell(principle, shown.length),
        shown.length
          ? cell(shown.map(entryParagraph))
          : cell([
              line('No story yet: write one', { ...small, italics: true }, { style: 'Cheat' }),
            ]),
      ],
    });
  });
  return [
    heading(1, 'Cheat sheet', { pageBreakBefore: newPage }),
    line('The stories to tell, primary first, each with the figure that proves it.', small, {
      spacing: { after: 120 },
    }),
    table(tableRows, [NAME_SHARE, 100 - NAME_SHARE], content.page.textWidth),
  ];
}
