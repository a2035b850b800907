import type { FileChild, Paragraph } from 'docx';
import type { Story } from '../model/schema';
import { monthLabel, principleNames, type PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { blocks, heading, line, paragraph } from './text-runs';

const small = { size: SIZE.small, color: COLOR.muted };
const notYet = (what: string) => line(`${what} not written yet.`, { ...small, italics: true });

/**
 * Group headings say "Stories:" so the contents tells them apart from the question bank's
 * principle headings.
 */
export const groupTitle = (principle: string) => `Stories: ${principle}`;
export const UNMAPPED_GROUP = 'Stories: Not yet mapped';

/** The principle a story is filed under: its first primary one in this set. */
function homeOf(story: Story, ids: ReadonlySet<string>): string | null {
  const home = story.principles.find((m) => m.strength === 'primary' && ids.has(m.principleId));
  return home?.principleId ?? null;
}

/** Stories grouped by home principle, in set order; stories with no primary one last. */
export function storyGroups(
  content: PackContent,
): { title: string; id: string | null; stories: Story[] }[] {
  const ids = new Set(content.set.principles.map((p) => p.id));
  const byHome = new Map<string | null, Story[]>();
  for (const story of content.stories) {
    const home = homeOf(story, ids);
    const group = byHome.get(home);
    if (group) group.push(story);
    else byHome.set(home, [story]);
  }
  return [
    ...content.set.principles.map((p) => ({
      title: groupTitle(p.name),
      id: p.id,
      stories: byHome.get(p.id) ?? [],
    })),
    { title: UNMAPPED_GROUP, id: null, stories: byHome.get(null) ?? [] },
  ].filter((group) => group.stories.length > 0);
}

function metaLine(story: Story): Paragraph | null {
  const parts = [
    story.company,
    story.role,
    story.when ? monthLabel(story.when) : '',
    story.status === 'draft' ? 'draft' : '',
  ].filter(Boolean);
  return parts.length ? line(parts.join(' · '), small, { spacing: { after: 60 } }) : null;
}

function followUps(story: Story): Paragraph[] {
  return story.followUps.flatMap((followUp) => {
    const answer = blocks(followUp.answer, {}, { indent: { left: 360 } });
    return [
      paragraph(
        [
          ['Q: ', { bold: true }],
          [followUp.question || 'Follow-up', { bold: true }],
        ],
        {
          keepNext: true,
          spacing: { before: 120, after: 40 },
        },
      ),
      ...(answer.length
        ? answer
        : [
            line('No answer prepared yet.', { ...small, italics: true }, { indent: { left: 360 } }),
          ]),
    ];
  });
}

/** One story in full: the STAR parts under their own headings, then what backs them up. */
function card(story: Story, content: PackContent, groupId: string | null): Paragraph[] {
  const also = principleNames(story, content.set, groupId ?? undefined);
  const meta = metaLine(story);
  const star = (
    [
      ['Situation', story.situation],
      ['Task', story.task],
      ['Action', story.action],
      ['Result', story.result],
    ] as const
  ).flatMap(([name, text]) => {
    const body = blocks(text);
    return [heading(3, name), ...(body.length ? body : [notYet(name)])];
  });
  const optional = (name: string, body: Paragraph[]) =>
    body.length ? [heading(3, name), ...body] : [];
  return [
    heading(2, story.title || 'Untitled story'),
    ...(meta ? [meta] : []),
    ...(story.headline
      ? [line(story.headline, { italics: true }, { spacing: { after: 80 } })]
      : []),
    ...(also.length
      ? [
          paragraph([
            ['Also for: ', { ...small, bold: true }],
            [also.join(', '), small],
          ]),
        ]
      : []),
    ...star,
    ...optional('Metrics', blocks(story.metrics)),
    ...optional('What I learned', blocks(story.learnings)),
    ...optional('Follow-ups', followUps(story)),
  ];
}

/** Every chosen story once, filed under the principle it is told for first. */
export function storyCardsSection(content: PackContent, newPage: boolean): FileChild[] {
  return storyGroups(content).flatMap((group, index) => [
    heading(1, group.title, { pageBreakBefore: newPage && index === 0 }),
    ...group.stories.flatMap((story) => card(story, content, group.id)),
  ]);
}
