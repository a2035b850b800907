import { TableRow, type FileChild, type Paragraph } from 'docx';
import { writeNext, type PrincipleCoverage } from '../coverage/coverage';
import { countedMark } from '../coverage/presentation';
import type { Story } from '../model/schema';
import { shorten } from './key-figure';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { STATE_FILL, STATE_LABEL, borderless, cell, headerRow, table } from './tables';
import { BULLET_ITEM, heading, line, paragraph } from './text-runs';

/** Up to this many stories get a column each (on a landscape page past a portrait's room). */
export const STORY_COLUMNS_UP_TO = 30;
/** The narrowest story column that still holds "30" and a mark, in twips. */
const STORY_COLUMN_TWIPS = 300;
const NAME_TWIPS = 3300;
const STATE_TWIPS = 1400;
const LEAD_TWIPS = NAME_TWIPS + STATE_TWIPS;

/** Whether the grid needs a landscape page: its story columns would not fit across a portrait. */
export function matrixIsLandscape(content: PackContent): boolean {
  const n = content.stories.length;
  return (
    n > 0 &&
    n <= STORY_COLUMNS_UP_TO &&
    LEAD_TWIPS + n * STORY_COLUMN_TWIPS > content.page.textWidth
  );
}

/** The text width the matrix is laid out on. */
export function matrixTextWidth(content: PackContent): number {
  const { page } = content;
  return matrixIsLandscape(content) ? page.height - 2 * page.margin : page.textWidth;
}

const ASKED: Record<1 | 2 | 3, string> = {
  1: 'asked now and then',
  2: 'asked often',
  3: 'asked very often',
};

const small = { size: SIZE.small, color: COLOR.muted };

/** The cells every row starts with: the name, then the state in words and its examples. */
function leadCells(principle: PrincipleCoverage, dense = false) {
  const fill = STATE_FILL[principle.state];
  const style = dense ? 'Grid' : 'Cell';
  const vertical = dense ? 20 : 40;
  return [
    cell([line(principle.name, { bold: true }, { style })], fill, 100, vertical),
    cell(
      [
        paragraph(
          [
            [STATE_LABEL[principle.state], { bold: principle.state !== 'covered' }],
            [`  ${principle.examples}`, small],
          ],
          { style },
        ),
      ],
      fill,
      100,
      vertical,
    ),
  ];
}

/** Up to 30 stories: a real grid, a column a story, "P" or "S" where it serves the principle. */
function gridTable(content: PackContent) {
  const { stories, coverage } = content;
  const width = matrixTextWidth(content);
  const n = stories.length;
  // Room to spare widens the names first (one line each keeps the grid on its page).
  const name = Math.min(4700, Math.max(NAME_TWIPS, width - STATE_TWIPS - n * STORY_COLUMN_TWIPS));
  const column = Math.min(700, Math.floor((width - name - STATE_TWIPS) / n));
  const rows = coverage.principles.map((principle) => {
    const marks = stories.map((story) => {
      const mark = countedMark(principle, story);
      return cell(
        [line(mark, { bold: mark === 'P' }, { style: 'GridCentered' })],
        mark ? COLOR.markFill : undefined,
        20,
        20,
      );
    });
    return new TableRow({ cantSplit: true, children: [...leadCells(principle, true), ...marks] });
  });
  const numbers = stories.map((_, i) => String(i + 1));
  return table(
    [headerRow(['Principle', 'State', ...numbers], 2), ...rows],
    [name, STATE_TWIPS, ...stories.map(() => column)],
    name + STATE_TWIPS + column * n,
  );
}

/** Many stories: each principle with its stories' titles, primary first. */
function compactTable(content: PackContent) {
  const rows = content.coverage.principles.map((principle) => {
    const titles: Paragraph[] = principle.storyIds.map((id) => {
      const story = content.byId.get(id)!;
      const primary = story.principles.some(
        (m) => m.principleId === principle.principleId && m.strength === 'primary',
      );
      return paragraph([[story.title], [primary ? ' (primary)' : '', small]], { style: 'Cell' });
    });
    return new TableRow({ children: [...leadCells(principle), cell(titles)] });
  });
  return table(
    [headerRow(['Principle', 'State', 'Stories']), ...rows],
    [26, 16, 58],
    content.page.textWidth,
  );
}

/** Which story each column number is, in columns under the grid. */
function legend(content: PackContent) {
  const columns = matrixIsLandscape(content) ? 4 : 3;
  const per = Math.ceil(content.stories.length / columns);
  // Past 20 stories the key goes to 8 pt and a line a title, so the grid and its key share
  // one landscape page; the cards carry the full titles.
  const crowded = content.stories.length > 20;
  const size = crowded ? SIZE.tiny : SIZE.small;
  const title = (story: Story) => {
    const full = story.title || 'Untitled story';
    return crowded ? shorten(full, 30) : full;
  };
  const column = (k: number) =>
    cell(
      content.stories.slice(k * per, (k + 1) * per).map((story, i) =>
        paragraph(
          [
            [`${k * per + i + 1}\t`, { bold: true, size }],
            [title(story), { ...small, size }],
          ],
          {
            style: 'Grid',
            tabStops: [{ type: 'left', position: 360 }],
            indent: { left: 360, hanging: 360 },
          },
        ),
      ),
    );
  return [
    line(
      'P = told as primary for the principle, S = as secondary; the number after the state counts its examples.',
      small,
      { spacing: { before: 80, after: 40 } },
    ),
    borderless(
      [new TableRow({ children: Array.from({ length: columns }, (_, k) => column(k)) })],
      matrixTextWidth(content),
    ),
  ];
}

/** Where the bank stands per principle, then what to write next. */
export function matrixSection(content: PackContent, newPage: boolean): FileChild[] {
  const { coverage, settings } = content;
  const grid = content.stories.length > 0 && content.stories.length <= STORY_COLUMNS_UP_TO;
  const intro =
    `${coverage.summary}. A principle counts as covered with ${settings.coverageTargetStories} ` +
    `examples, ${settings.coverageTargetPrimary} told as primary; stories of one project count once.`;
  const next = writeNext(coverage);
  const todo = [
    ...next.map((principle) =>
      paragraph(
        [
          [`${STATE_LABEL[principle.state]}: `, { bold: true }],
          [principle.name],
          [` (${ASKED[principle.frequency]})`, small],
        ],
        BULLET_ITEM,
      ),
    ),
    ...coverage.bankGaps.map((gap) => line(gap.message, {}, BULLET_ITEM)),
  ];
  return [
    // On its own landscape page the heading needs no space above: the grid needs the room.
    heading(1, 'Coverage matrix', {
      pageBreakBefore: newPage,
      ...(matrixIsLandscape(content) ? { spacing: { before: 0, after: 120 } } : {}),
    }),
    line(intro, small, { spacing: { after: matrixIsLandscape(content) ? 60 : 120 } }),
    grid ? gridTable(content) : compactTable(content),
    ...(grid ? legend(content) : []),
    ...(todo.length ? [heading(2, 'Write next'), ...todo] : []),
  ];
}
