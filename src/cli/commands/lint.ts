import { chosenStories } from '../../core/model/story-list';
import type { Bank } from '../../core/model/schema';
import { openChecks, runChecks } from '../../core/quality';
import { requireBank } from '../../core/store/snapshot';
import { EXIT, type Command } from '../command';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'the quality checks for every story',
  usage: 'storybank lint [--json] [--ready-only] [--data DIR]',
  flags: { switches: ['--ready-only'] },
  async run({ dataDir, args, json, out, now }) {
    const bank = await requireBank(dataDir);
    const result = lintJson(bank, args.switches.has('--ready-only'), now());
    out(json ? JSON.stringify(result, null, 2) : lintText(result));
    // Findings: an open check of severity "problem" (suggestions alone are not failures).
    return result.totals.storiesWithProblems > 0 ? EXIT.findings : EXIT.ok;
  },
};

/** The stable --json shape (documented in the README). */
export function lintJson(bank: Bank, readyOnly: boolean, today: Date) {
  const stories = chosenStories(bank.stories, readyOnly).map((story) => {
    const open = openChecks(runChecks(story, bank.settings, today));
    return {
      id: story.id,
      title: story.title,
      status: story.status,
      open: open.map(({ id, label, severity, field, message, evidence }) => ({
        id,
        label,
        severity,
        field,
        message,
        evidence,
      })),
    };
  });
  return {
    stories,
    totals: {
      stories: stories.length,
      openChecks: stories.reduce((sum, story) => sum + story.open.length, 0),
      storiesWithProblems: stories.filter((s) => s.open.some((c) => c.severity === 'problem'))
        .length,
    },
  };
}

function lintText(result: ReturnType<typeof lintJson>): string {
  const lines: string[] = [];
  for (const story of result.stories) {
    lines.push(
      `${story.title} — ${story.open.length ? `${story.open.length} open` : 'all checks pass'}`,
    );
    for (const check of story.open) {
      lines.push(`  ${check.severity.padEnd(10)} ${check.label}: ${check.message}`);
    }
  }
  const { stories, openChecks: open, storiesWithProblems } = result.totals;
  lines.push(
    '',
    `${stories} ${stories === 1 ? 'story' : 'stories'}, ${open} open ${open === 1 ? 'check' : 'checks'}, ` +
      `${storiesWithProblems} with problems.`,
  );
  return lines.join('\n');
}
