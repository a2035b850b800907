import { isLive } from '../model/story-list';
import { coverageOf, type CoverageReport } from '../coverage/coverage';
import type { Bank, PrincipleSet, Settings, Story } from '../model/schema';
import { findSet } from '../principles/set-edits';
import { planOfLoop, planRounds } from '../loops/loops';
import type { LoopPlan, PlanRound } from '../loops/planner';
import type { Loop } from '../model/loop-schema';
import { redactor, redactStory } from './redaction';
import { SECTION_KEYS, type SectionKey } from './sections';

export { PACK_SECTIONS_ALL, SECTION_TITLES, type SectionKey } from './sections';
import { pageSetup, type PageSetup } from './styles';
import { formatYearMonth } from '../quality/text';
import { openChecks, runChecks } from '../quality';

export interface PrepPackOptions {
  /** The principle set the pack is organised by. */
  setId: string;
  /** Ready stories, every story in the bank, or the ones chosen by id. */
  stories: 'ready' | 'all' | string[];
  /** Sections on; one left out is off. */
  sections: Partial<Record<SectionKey, boolean>>;
  /** Mask the bank's confidential terms in every story string. */
  redact: boolean;
  /** The pack's date and the file name's; coverage's recency is measured from it. */
  today: Date;
  /** The loop whose plan the "Loop plan" section prints, a page a round. */
  loopId?: string | null;
  /** End each story card with its open checks ("Still to fix"); on unless turned off. */
  stillToFix?: boolean;
}

const ORDER = SECTION_KEYS;

/** Everything the sections draw from, worked out once per pack. */
export interface PackContent {
  set: PrincipleSet;
  settings: Settings;
  /** The chosen stories, masked when the pack is redacted. */
  stories: Story[];
  byId: Map<string, Story>;
  coverage: CoverageReport;
  readyOnly: boolean;
  today: Date;
  page: PageSetup;
  /** Up to TITLES_IN_CONTENTS_UP_TO stories, the contents lists every story title too. */
  titlesInContents: boolean;
  /** The chosen loop and its plan, its stories masked like the rest; null without a loop. */
  loop: LoopContent | null;
  /** The loop the cover names: the chosen one, else the next one coming; null for none. */
  coverLoop: Loop | null;
  /** Each story's open checks in words, masked like its text; empty when turned off. */
  toFix: Map<string, string[]>;
}

export interface LoopContent {
  loop: Loop;
  rounds: PlanRound[];
  plan: LoopPlan;
  storyById: Map<string, Story>;
}

// More titles would push the contents off the cover page.
export const TITLES_IN_CONTENTS_UP_TO = 25;

/** The chosen stories, in bank order. Trashed stories never reach a pack. */
export function selectStories(bank: Bank, choice: PrepPackOptions['stories']): Story[] {
  const live = bank.stories.filter(isLive);
  if (choice === 'all') return live;
  if (choice === 'ready') return live.filter((story) => story.status === 'ready');
  const ids = new Set(choice);
  return live.filter((story) => ids.has(story.id));
}

export function packContent(bank: Bank, options: PrepPackOptions): PackContent {
  const set = findSet(bank, options.setId);
  const chosen = selectStories(bank, options.stories);
  const mask = redactor(options.redact ? bank.settings.confidentialTerms : []);
  const stories = options.redact ? chosen.map((story) => redactStory(story, mask)) : chosen;
  const readyOnly = options.stories === 'ready';
  return {
    set,
    settings: bank.settings,
    stories,
    byId: new Map(stories.map((story) => [story.id, story])),
    coverage: coverageOf(stories, set, bank.settings, options.today, { readyOnly }),
    readyOnly,
    today: options.today,
    page: pageSetup(bank.settings.paperSize),
    titlesInContents: stories.length <= TITLES_IN_CONTENTS_UP_TO,
    loop: loopContent(
      bank,
      options,
      options.redact ? (story) => redactStory(story, mask) : (s) => s,
    ),
    coverLoop: coverLoop(bank, options),
    toFix:
      options.stillToFix === false || !options.sections.storyCards
        ? new Map()
        : new Map(
            chosen.map((story) => [
              story.id,
              stillToFix(story, bank.settings, options.today, mask),
            ]),
          ),
  };
}

/** The chosen loop, else the soonest one not yet past, so the cover says what it prepares. */
function coverLoop(bank: Bank, options: PrepPackOptions): Loop | null {
  const chosen = bank.loops.find((loop) => loop.id === options.loopId);
  if (chosen) return chosen;
  const day = options.today;
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  const coming = bank.loops
    .filter((loop) => loop.at !== null && loop.at.slice(0, 10) >= today)
    .sort((a, b) => a.at!.localeCompare(b.at!));
  return coming[0] ?? null;
}

/**
 * What the checklist still asks of a story, problems first. Checked on the story as written
 * (a masked "[redacted]" would read as a missing number), then masked like everything printed.
 */
function stillToFix(
  story: Story,
  settings: Settings,
  today: Date,
  mask: (text: string) => string,
): string[] {
  const open = openChecks(runChecks(story, settings, today));
  return [
    ...open.filter((check) => check.severity === 'problem'),
    ...open.filter((check) => check.severity !== 'problem'),
  ].map((check) => mask(`${check.label}: ${check.message}`));
}

function loopContent(
  bank: Bank,
  options: PrepPackOptions,
  mask: (story: Story) => Story,
): LoopContent | null {
  const loop = options.loopId
    ? bank.loops.find((candidate) => candidate.id === options.loopId)
    : null;
  if (!loop) return null;
  const set =
    bank.principleSets.find((candidate) => candidate.id === loop.setId) ??
    findSet(bank, options.setId);
  const plan = planOfLoop(bank, loop, options.today);
  const used = new Set(plan.slots.flatMap((slot) => [slot.main, slot.backup]));
  const storyById = new Map(
    bank.stories.filter((story) => used.has(story.id)).map((story) => [story.id, mask(story)]),
  );
  return { loop, rounds: planRounds(loop, set), plan, storyById };
}

/** Whether a section would print anything: an empty one is left out, with its contents entry. */
function hasContent(key: SectionKey, content: PackContent): boolean {
  switch (key) {
    case 'cover':
      return true;
    case 'loopPlan':
      return content.loop !== null && content.loop.rounds.length > 0;
    case 'matrix':
      return content.set.principles.length > 0;
    case 'cheatSheet':
      return content.coverage.principles.some((principle) => principle.storyIds.length > 0);
    case 'storyCards':
      return content.stories.length > 0;
    case 'questionBank':
      return content.set.principles.some((principle) => principle.questions.length > 0);
  }
}

/** The sections the pack will hold, in order. */
export function plannedSections(content: PackContent, options: PrepPackOptions): SectionKey[] {
  return ORDER.filter((key) => options.sections[key] && hasContent(key, content));
}

/** Display names of a story's principles in this set, in set order, primary ones first. */
export function principleNames(story: Story, set: PrincipleSet, except?: string): string[] {
  const strengthOf = new Map(story.principles.map((m) => [m.principleId, m.strength]));
  const mapped = set.principles.filter((p) => strengthOf.has(p.id) && p.id !== except);
  return [
    ...mapped.filter((p) => strengthOf.get(p.id) === 'primary'),
    ...mapped.filter((p) => strengthOf.get(p.id) !== 'primary'),
  ].map((p) => p.name);
}

/** "March 2024" from "2024-03"; names in English, like the rest of the pack. */
export function monthLabel(when: string): string {
  const [year, month] = when.split('-').map(Number) as [number, number];
  return formatYearMonth(year, month);
}
