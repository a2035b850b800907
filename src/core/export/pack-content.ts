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
}

export interface LoopContent {
  loop: Loop;
  rounds: PlanRound[];
  plan: LoopPlan;
  storyById: Map<string, Story>;
}

export const TITLES_IN_CONTENTS_UP_TO = 40;

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
  };
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
