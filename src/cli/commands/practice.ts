import { CARD_TITLES } from '../../core/rehearsal/card-words';
import type { PracticeRating } from '../../core/model/practice-schema';
import type { Bank, Settings } from '../../core/model/schema';
import { formatDuration } from '../../core/quality/text';
import { RATING_WORDS, storyPractice, type StoryPractice } from '../../core/rehearsal/practice-log';
import { dueSummary, rehearsals, type Rehearsals } from '../../core/rehearsal/schedule';
import { requireBank } from '../../core/store/snapshot';
import { EXIT, type Command } from '../command';

export const practiceCommand: Command = {
  name: 'practice',
  summary: 'the cards due for rehearsal today, and how each story has been practised',
  usage:
    'storybank practice [--due] [--json] [--data DIR]\n\n' +
    'Nothing is stored: the schedule is worked out from the practice log as it is. --due prints ' +
    'only the cards due today; --json always answers both `due` and `stories`, with or without it.',
  flags: { switches: ['--due'] },
  async run({ dataDir, args, json, out, now }) {
    const bank = await requireBank(dataDir);
    const today = now();
    const plan = rehearsals(bank, today);
    const stories = storyPractice(bank);
    if (json) out(JSON.stringify(practiceJson(bank, plan, stories, today), null, 2));
    else out(practiceText(bank, plan, stories, !args.switches.has('--due')));
    return EXIT.ok;
  },
};

/** The stable --json shape (fields are only ever added). */
export function practiceJson(
  bank: Bank,
  plan: Rehearsals,
  stories: readonly StoryPractice[],
  now: Date,
) {
  const title = titles(bank);
  return {
    due: plan.due.map(({ card, dueAt }) => ({
      kind: card.kind,
      storyId: card.storyId,
      storyTitle: title.get(card.storyId) ?? '',
      ...(card.kind === 'question' ? { question: card.question ?? '' } : {}),
      // A card never practised has no date of its own: it is due from the moment it exists.
      dueAt: (dueAt ?? now).toISOString(),
    })),
    stories: stories.map(({ id, title, rehearsals, lastAt, medianSeconds }) => ({
      id,
      title,
      rehearsals,
      lastAt,
      medianSeconds,
    })),
  };
}

const titles = (bank: Bank) => new Map(bank.stories.map((story) => [story.id, story.title]));

function practiceText(
  bank: Bank,
  plan: Rehearsals,
  stories: readonly StoryPractice[],
  withStories: boolean,
): string {
  const title = titles(bank);
  const lines = [dueSummary(plan)];
  for (const { card } of plan.due) {
    // A question card's story stays hidden until the person has answered: that is the drill.
    lines.push(
      card.kind === 'question'
        ? `  Question — ${card.question ?? ''}`
        : `  ${CARD_TITLES[card.kind]} — ${title.get(card.storyId) ?? ''}`,
    );
  }
  if (withStories && stories.length) lines.push('', ...storyTable(stories, bank.settings));
  return lines.join('\n');
}

function storyTable(stories: readonly StoryPractice[], settings: Settings): string[] {
  const { minSpeakingSeconds: min, maxSpeakingSeconds: max } = settings;
  const rows = stories.map((story) => [
    story.title,
    String(story.rehearsals),
    story.lastAt ? lastText(story.lastAt, story.ratings.at(-1)) : 'never',
    story.medianSeconds === null ? '—' : medianText(story.medianSeconds, min, max),
    story.trend ?? '—',
  ]);
  const header = [
    'Story',
    'Told',
    'Last',
    `Median (${formatDuration(min)}–${formatDuration(max)})`,
    'Trend',
  ];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** "2026-11-27 Good": the day of the last rehearsal, in local time as the schedule counts days. */
function lastText(lastAt: string, rating: PracticeRating | undefined): string {
  const at = new Date(lastAt);
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return rating ? `${day} ${RATING_WORDS[rating]}` : day;
}

function medianText(seconds: number, min: number, max: number): string {
  const said = formatDuration(seconds);
  if (seconds < min) return `${said} (short)`;
  return seconds > max ? `${said} (long)` : said;
}
