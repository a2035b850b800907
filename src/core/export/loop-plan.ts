import type { FileChild } from 'docx';
import type { Story } from '../model/schema';
import { dateLabel } from './cover';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { keyFigure } from './key-figure';
import { heading, line, paragraph } from './text-runs';

const small = { size: SIZE.small, color: COLOR.muted };

/** "14 December 2026, 09:30" from the loop's "2026-12-14T09:30". */
export function loopDateLabel(at: string): string {
  const [date, time] = at.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${dateLabel(new Date(year, month - 1, day))}, ${time}`;
}

/**
 * A story in a round: its title and the figure that proves it, the headline to open with for
 * the one to tell. The full story is on its card; a round stays on its page.
 */
function storyLines(label: string, story: Story | undefined, principle: string) {
  if (!story) return [line(`${label}: none yet — write a ${principle} story.`, small)];
  const figure = keyFigure(story);
  const tell = label === 'Tell';
  return [
    paragraph(
      [
        [`${label}: `, { bold: true }],
        [story.title, { bold: tell }],
        ...(figure ? ([[`  ${figure}`, { color: COLOR.accent }]] as const) : []),
      ],
      { spacing: { after: tell && story.headline ? 20 : 60 } },
    ),
    ...(tell && story.headline
      ? [line(story.headline, { italics: true, size: SIZE.compact }, { indent: { left: 284 } })]
      : []),
  ];
}

/** One page a round: who asks, what they probe, the story to tell and the backup. */
export function loopPlanSection(content: PackContent, newPage: boolean): FileChild[] {
  const loop = content.loop!;
  const name = (id: string) => content.set.principles.find((p) => p.id === id)?.name ?? id;
  const when = loop.loop.at ? ` · ${loopDateLabel(loop.loop.at)}` : '';
  return [
    heading(1, `Loop plan: ${loop.loop.name}`, { pageBreakBefore: newPage }),
    line(`${[loop.loop.company, loop.loop.role].filter(Boolean).join(' · ')}${when}`, small),
    ...loop.rounds.flatMap((round, index) => {
      const stored = loop.loop.rounds.find((candidate) => candidate.id === round.id);
      const slots = loop.plan.slots.filter((slot) => slot.roundId === round.id);
      const gaps = loop.plan.shortfalls.filter((gap) => gap.roundId === round.id);
      return [
        heading(2, round.name, { pageBreakBefore: index > 0 }),
        ...(stored?.notes ? [line(stored.notes, small)] : []),
        line(`Probes: ${round.principleIds.map(name).join(', ') || 'not known yet'}`),
        ...slots.flatMap((slot) => [
          heading(3, name(slot.principleId)),
          ...storyLines(
            'Tell',
            slot.main ? loop.storyById.get(slot.main) : undefined,
            name(slot.principleId),
          ),
          ...(slot.backup
            ? storyLines('Backup', loop.storyById.get(slot.backup), name(slot.principleId))
            : []),
        ]),
        ...gaps.map((gap) => line(`! ${gap.reason}`, { color: COLOR.muted })),
      ];
    }),
  ];
}
