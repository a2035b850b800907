import type { Bank, Story } from '../model/schema';

/** One readable Markdown file of the bank: every story in full, grouped as in the library. */
export function bankMarkdown(bank: Bank, stories: readonly Story[], today: Date): string {
  const set = bank.principleSets.find((candidate) => candidate.id === bank.activeSetId);
  const nameOf = new Map(set?.principles.map((p) => [p.id, p.name]) ?? []);
  const lines: string[] = [
    '# Storybank',
    '',
    `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} · ` +
      `${set?.name ?? 'no principle set'} · exported ${today.toISOString().slice(0, 10)}`,
    '',
  ];
  for (const story of stories) lines.push(...storyMarkdown(story, nameOf), '');
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function storyMarkdown(story: Story, nameOf: Map<string, string>): string[] {
  const out = [`## ${oneLine(story.title)}`, ''];
  if (story.headline) out.push(`*${oneLine(story.headline)}*`, '');
  const facts = [
    story.company,
    story.role,
    story.when,
    story.project && `project: ${story.project}`,
    story.status === 'ready' ? 'ready' : 'draft',
  ].filter(Boolean);
  out.push(facts.join(' · '), '');
  const principles = story.principles
    .map((m) => `${nameOf.get(m.principleId) ?? m.principleId} (${m.strength})`)
    .join(', ');
  if (principles) out.push(`**Principles:** ${principles}`, '');
  if (story.tags.length) out.push(`**Tags:** ${story.tags.join(', ')}`, '');
  for (const [label, text] of [
    ['Situation', story.situation],
    ['Task', story.task],
    ['Action', story.action],
    ['Result', story.result],
    ['Metrics', story.metrics],
    ['Learnings', story.learnings],
  ] as const) {
    if (text.trim()) out.push(`### ${label}`, '', text.trim(), '');
  }
  if (story.targetQuestions.length) {
    out.push(
      '### Questions it answers',
      '',
      ...story.targetQuestions.map((q) => `- ${oneLine(q)}`),
      '',
    );
  }
  if (story.followUps.length) {
    out.push('### Follow-ups', '');
    for (const followUp of story.followUps) {
      out.push(
        `**${oneLine(followUp.question)}**`,
        '',
        followUp.answer.trim() || '_No answer yet._',
        '',
      );
    }
  }
  return out;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
