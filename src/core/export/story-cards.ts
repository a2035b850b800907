import { BorderStyle, TabStopType, type FileChild, type Paragraph } from 'docx';
import type { Story } from '../model/schema';
import { measuredPieces } from './key-figure';
import { monthLabel, principleNames, type PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { BULLET_ITEM, heading, line, paragraph, pieceBlocks, type Piece } from './text-runs';

/**
 * A card a person revises from, a page each: the headline to open with, the STAR parts with
 * their names in a margin column (notes, not an essay), the Result's numbers in bold, the
 * principles it also serves, the follow-ups as questions and answers, and what to fix.
 */

// Sizes and colours come from the 'Card', 'Small' and 'CardLabel' styles, not from each run:
// a 300-story pack has tens of thousands of runs, and each property costs build time.
const small = { size: SIZE.small, color: COLOR.muted };
const body = {};
const labelStyle = { style: 'CardLabel' };
/** The margin column for part names, in twips: wide enough for "SITUATION" at 8 pt. */
const LABEL = 1180;
const label = (name: string): Piece => [`${name.toUpperCase()}\t`, labelStyle];
const labelled = {
  first: {
    style: 'Card',
    indent: { left: LABEL, hanging: LABEL },
    tabStops: [{ type: TabStopType.LEFT, position: LABEL }],
  },
  rest: { style: 'Card', indent: { left: LABEL } },
};

/** The principle a story is filed under: its first primary one in this set. */
function homeOf(story: Story, ids: ReadonlySet<string>): string | null {
  const home = story.principles.find((m) => m.strength === 'primary' && ids.has(m.principleId));
  return home?.principleId ?? null;
}

/** Stories grouped by home principle, in set order; stories with no primary one last. */
export function storyGroups(
  content: PackContent,
): { name: string; id: string | null; stories: Story[] }[] {
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
      name: p.name,
      id: p.id,
      stories: byHome.get(p.id) ?? [],
    })),
    { name: 'Not yet mapped to a principle', id: null, stories: byHome.get(null) ?? [] },
  ].filter((group) => group.stories.length > 0);
}

function metaLine(story: Story, also: string[]): Paragraph | null {
  const facts = [
    story.company,
    story.role,
    story.when ? monthLabel(story.when) : '',
    story.status === 'draft' ? 'draft' : '',
  ].filter(Boolean);
  const pieces: Piece[] = [
    ...(facts.length ? [[facts.join(' · ')] as const] : []),
    ...(facts.length && also.length ? [['     '] as const] : []),
    ...(also.length ? [['Also for: ', { bold: true }] as const, [also.join(', ')] as const] : []),
  ];
  return pieces.length ? paragraph(pieces, { style: 'Small', spacing: { after: 120 } }) : null;
}

function headline(story: Story): Paragraph[] {
  if (!story.headline.trim()) return [];
  return [
    line(
      story.headline,
      { size: SIZE.lead, italics: true, color: COLOR.accent },
      {
        indent: { left: 160 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOR.accent, space: 8 } },
        spacing: { before: 40, after: 120 },
      },
    ),
  ];
}

function part(name: string, text: string, measured = false): Paragraph[] {
  const pieces = (chunk: string): Piece[] =>
    measured ? measuredPieces(chunk, body) : [[chunk, body]];
  const written = pieceBlocks(text, pieces, labelled, [label(name)]);
  return written.length
    ? written
    : [paragraph([label(name), ['not written yet', { ...small, italics: true }]], labelled.first)];
}

/** Each follow-up as Q and A in the margin column, like the STAR parts. */
function followUps(story: Story): Paragraph[] {
  return story.followUps.flatMap((followUp) => {
    const question = paragraph(
      [
        ['Q\t', labelStyle],
        [followUp.question || 'Follow-up', { ...body, bold: true }],
      ],
      { ...labelled.first, keepNext: true, spacing: { after: 20 } },
    );
    const answer = pieceBlocks(followUp.answer, (chunk) => [[chunk, body]], labelled, [
      ['A\t', labelStyle],
    ]);
    return [
      question,
      ...(answer.length
        ? answer
        : [
            paragraph(
              [
                ['A\t', labelStyle],
                ['no answer prepared yet', { ...small, italics: true }],
              ],
              labelled.first,
            ),
          ]),
    ];
  });
}

function stillToFix(story: Story, content: PackContent): Paragraph[] {
  const items = content.toFix.get(story.id) ?? [];
  if (items.length === 0) return [];
  return [
    line(
      'Still to fix',
      { ...small, bold: true, color: COLOR.warn },
      {
        keepNext: true,
        spacing: { before: 200, after: 40 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 6 } },
      },
    ),
    ...items.map((item) =>
      line(item, {}, { ...BULLET_ITEM, style: 'Small', spacing: { after: 20 } }),
    ),
  ];
}

/** One story on its own page. */
function card(
  story: Story,
  content: PackContent,
  group: { name: string; id: string | null },
  first: boolean,
): Paragraph[] {
  const also = principleNames(story, content.set, group.id ?? undefined);
  const meta = metaLine(story, also);
  const extras = [
    ...(story.metrics.trim() ? part('Numbers', story.metrics, true) : []),
    ...(story.learnings.trim() ? part('Learned', story.learnings) : []),
  ];
  const asked = followUps(story);
  return [
    line(
      group.name.toUpperCase(),
      { ...small, bold: true, color: COLOR.accent },
      {
        pageBreakBefore: !first,
        keepNext: true,
        spacing: { after: 0 },
      },
    ),
    heading(2, story.title || 'Untitled story', { spacing: { before: 0, after: 60 } }),
    ...(meta ? [meta] : []),
    ...headline(story),
    ...part('Situation', story.situation),
    ...part('Task', story.task),
    ...part('Action', story.action),
    ...part('Result', story.result, true),
    ...extras,
    ...(asked.length
      ? [
          line(
            'Follow-ups',
            { ...small, bold: true, color: COLOR.accent },
            {
              keepNext: true,
              spacing: { before: 160, after: 60 },
            },
          ),
          ...asked,
        ]
      : []),
    ...stillToFix(story, content),
  ];
}

/** Every chosen story once, a page each, filed under the principle it is told for first. */
export function storyCardsSection(content: PackContent, newPage: boolean): FileChild[] {
  const groups = storyGroups(content);
  return [
    heading(1, 'Story cards', { pageBreakBefore: newPage }),
    ...groups.flatMap((group, g) =>
      group.stories.flatMap((story, s) => card(story, content, group, g === 0 && s === 0)),
    ),
  ];
}
