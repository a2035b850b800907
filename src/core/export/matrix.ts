import { TableRow, type FileChild, type Paragraph } from 'docx';
import { writeNext, type PrincipleCoverage } from '../coverage/coverage';
import { countedMark } from '../coverage/presentation';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { STATE_FILL, STATE_LABEL, cell, headerRow, table, textCell } from './tables';
import { BULLET_ITEM, heading, line, paragraph } from './text-runs';

/** Up to this many stories get a column each; beyond, each principle lists its stories. */
const STORY_COLUMNS_UP_TO = 8;

const ASKED: Record<1 | 2 | 3, string> = {
  1: 'asked now and then',
  2: 'asked often',
  3: 'asked very often',
};

const small = { size: SIZE.small, color: COLOR.muted };

function examplesText(principle: PrincipleCoverage): string {
  return principle.examples === 0
    ? '0'
    : `${principle.examples} (${principle.primaryExamples} primary)`;
}

/** The cells every row starts with: name, state in words, examples counted. */
function leadCells(principle: PrincipleCoverage) {
  const fill = STATE_FILL[principle.state];
  return [
    textCell(principle.name, { bold: true }, fill),
    textCell(STATE_LABEL[principle.state], { bold: principle.state !== 'covered' }, fill),
    textCell(examplesText(principle), {}, fill),
  ];
}

/** Few stories: one column each, "P" or "S" where the story serves the principle. */
function wideTable(content: PackContent) {
  const { stories, coverage, page } = content;
  const rows = coverage.principles.map((principle) => {
    const marks = stories.map((story) => {
      const mark = countedMark(principle, story);
      return textCell(mark, { bold: mark === 'P' }, undefined, true);
    });
    return new TableRow({ cantSplit: true, children: [...leadCells(principle), ...marks] });
  });
  const titles = stories.map((_, i) => String(i + 1));
  return table(
    [headerRow(['Principle', 'State', 'Examples', ...titles], 3), ...rows],
    [25, 12, 17, ...stories.map(() => 46 / Math.max(stories.length, 4))],
    page.textWidth,
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
    [headerRow(['Principle', 'State', 'Examples', 'Stories']), ...rows],
    [22, 12, 16, 50],
    content.page.textWidth,
  );
}

function legend(content: PackContent): Paragraph[] {
  return [
    ...content.stories.map((story, i) =>
      paragraph([[`${i + 1}\t`, { bold: true }], [story.title]], {
        style: 'Small',
        tabStops: [{ type: 'left', position: 360 }],
        spacing: { after: 0 },
      }),
    ),
    line('P = told as primary for the principle, S = as secondary.', small, {
      spacing: { before: 80, after: 160 },
    }),
  ];
}

/** Where the bank stands per principle, then what to write next. */
export function matrixSection(content: PackContent, newPage: boolean): FileChild[] {
  const { coverage, settings } = content;
  const wide = content.stories.length > 0 && content.stories.length <= STORY_COLUMNS_UP_TO;
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
    heading(1, 'Coverage matrix', { pageBreakBefore: newPage }),
    line(intro, small, { spacing: { after: 160 } }),
    ...(wide ? legend(content) : []),
    wide ? wideTable(content) : compactTable(content),
    ...(todo.length ? [heading(2, 'Write next'), ...todo] : []),
  ];
}
