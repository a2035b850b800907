import { TableRow, type FileChild, type Paragraph } from 'docx';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { STATE_FILL, cell, table, textCell } from './tables';
import { BULLET_ITEM, heading, line, paragraph } from './text-runs';

const small = { size: SIZE.small, color: COLOR.muted };

/**
 * One glance per principle: the one-sentence headline of each story to tell (its title when
 * it has none), primary stories first, so the night before is a re-read, not a search.
 */
export function cheatSheetSection(content: PackContent, newPage: boolean): FileChild[] {
  const rows = content.coverage.principles.map((principle) => {
    const lines: Paragraph[] = principle.storyIds.map((id) => {
      const story = content.byId.get(id)!;
      const primary = story.principles.some(
        (m) => m.principleId === principle.principleId && m.strength === 'primary',
      );
      return paragraph(
        [[story.headline || story.title], [primary ? ' (primary)' : ' (secondary)', small]],
        { ...BULLET_ITEM, style: 'Cell' },
      );
    });
    const fill = STATE_FILL[principle.state];
    return new TableRow({
      cantSplit: true,
      children: [
        textCell(principle.name, { bold: true }, fill),
        lines.length
          ? cell(lines)
          : cell([line('No story yet', { ...small, italics: true }, { style: 'Cell' })]),
      ],
    });
  });
  return [
    heading(1, 'Cheat sheet', { pageBreakBefore: newPage }),
    line('Each principle with the stories to tell for it, primary first.', small, {
      spacing: { after: 160 },
    }),
    table(rows, [28, 72], content.page.textWidth),
  ];
}
