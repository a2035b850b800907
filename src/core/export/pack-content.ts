import { isLive } from '../model/story-list';
import { coverageOf, type CoverageReport } from '../coverage/coverage';
import type { Bank, PrincipleSet, Settings, Story } from '../model/schema';
import { findSet } from '../principles/set-edits';
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
  sections: Record<SectionKey, boolean>;
  /** Mask the bank's confidential terms in every story string. */
  redact: boolean;
  /** The pack's date and the file name's; coverage's recency is measured from it. */
  today: Date;
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
  };
}

/** Whether a section would print anything: an empty one is left out, with its contents entry. */
function hasContent(key: SectionKey, content: PackContent): boolean {
  switch (key) {
    case 'cover':
      return true;
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
