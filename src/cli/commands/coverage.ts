import { coverageOf, type CoverageReport } from '../../core/coverage/coverage';
import { countedMark, recencyNote } from '../../core/coverage/presentation';
import type { Bank, PrincipleSet } from '../../core/model/schema';
import { isLive } from '../../core/model/story-list';
import { findSet } from '../../core/principles/set-edits';
import { requireBank } from '../../core/store/snapshot';
import { EXIT, type Command } from '../command';

const STATE_MARK = { covered: 'ok ', thin: 'thin', gap: 'GAP' } as const;

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'the principles × stories matrix, gaps marked',
  usage: 'storybank coverage [--json] [--ready-only] [--set ID] [--data DIR]',
  flags: { values: ['--set'], switches: ['--ready-only'] },
  async run({ dataDir, args, json, out, now }) {
    const bank = await requireBank(dataDir);
    const set = findSet(bank, args.values.get('--set') ?? bank.activeSetId);
    const readyOnly = args.switches.has('--ready-only') || bank.settings.coverageReadyOnly;
    const report = coverageOf(bank.stories, set, bank.settings, now(), { readyOnly });
    out(
      json
        ? JSON.stringify(coverageJson(bank, set, report), null, 2)
        : matrixText(bank, set, report),
    );
    // Findings: a principle with no story at all, or a bank-level gap.
    return report.counts.gap > 0 || report.bankGaps.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

/** The stable --json shape (documented in the README). */
export function coverageJson(bank: Bank, set: PrincipleSet, report: CoverageReport) {
  const titleOf = new Map(bank.stories.map((story) => [story.id, story.title]));
  return {
    set: { id: set.id, name: set.name },
    summary: report.summary,
    counts: report.counts,
    principles: report.principles.map((p) => ({
      id: p.principleId,
      name: p.name,
      state: p.state,
      examples: p.examples,
      primaryExamples: p.primaryExamples,
      recent: p.recent,
      stories: p.storyIds.map((id) => ({
        id,
        title: titleOf.get(id) ?? '',
        strength:
          bank.stories
            .find((s) => s.id === id)
            ?.principles.find((m) => m.principleId === p.principleId)?.strength ?? 'secondary',
      })),
    })),
    stretchedStories: report.stretchedStoryIds.map((id) => ({ id, title: titleOf.get(id) ?? '' })),
    bankGaps: report.bankGaps,
  };
}

function matrixText(bank: Bank, set: PrincipleSet, report: CoverageReport): string {
  const stories = bank.stories.filter(isLive);
  const nameWidth = Math.max(9, ...set.principles.map((p) => p.name.length));
  const header = `${' '.repeat(nameWidth + 16)}${stories.map((_, i) => String(i + 1).padStart(3)).join('')}`;
  const rows = report.principles.map((p) => {
    const cells = stories.map((story) => (countedMark(p, story) || '·').padStart(3));
    return `${p.name.padEnd(nameWidth)}  ${String(p.examples).padStart(2)}  ${STATE_MARK[p.state].padEnd(5)}   ${cells.join('')}`;
  });
  const legend = stories.map((story, i) => `  ${String(i + 1).padStart(3)}  ${story.title}`);
  const recency = recencyNote(report, bank.settings.maxStoryAgeYears);
  const notes = [
    ...report.bankGaps.map((gap) => `! ${gap.message}`),
    ...(recency ? [`! ${recency}`] : []),
  ];
  return [
    `${set.name}: ${report.summary}`,
    '',
    header,
    ...rows,
    '',
    'P primary, S secondary (where the story counts). Stories:',
    ...legend,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}
