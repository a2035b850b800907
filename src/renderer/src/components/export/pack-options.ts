import { plural } from '../../../../core/quality/text';
import type { Loop } from '../../../../core/model/loop-schema';
import type { Bank, Story } from '../../../../core/model/schema';
import type { InputOf } from '../../../../shared/contract';
import {
  PACK_SECTIONS_ALL,
  SECTION_KEYS,
  SECTION_TITLES,
  type SectionKey,
} from '../../../../core/export/sections';
import { isLive } from '../../../../core/model/story-list';

/** What 'export:summary' and 'export:docx' take, less the delivery. */
export type PackInput = InputOf<'export:summary'>;
export type { SectionKey };
export type StoryChoice = 'ready' | 'all' | 'chosen';

/** The pack's sections in the pack's order, named as the reader sees them. */
export const SECTIONS: readonly { key: SectionKey; label: string }[] = SECTION_KEYS.map((key) => ({
  key,
  label: SECTION_TITLES[key],
}));

/** The person's choices in the view; turned into a request by `packRequest`. */
export interface PackChoices {
  /** null follows the bank's active set, so a set switched elsewhere is picked up. */
  setId: string | null;
  storyChoice: StoryChoice;
  chosen: ReadonlySet<string>;
  sections: Record<SectionKey, boolean>;
  /** Mask confidential terms; only sent when the summary found some. */
  mask: boolean;
  /** The loop whose plan goes into the pack, when the "Loop plan" section is on. */
  loopId: string | null;
  /** End each story card with what its checklist still asks ("Still to fix"). */
  stillToFix: boolean;
}

/** Trashed stories never reach a pack, so they are never offered. */
export const liveStories = (stories: readonly Story[]) => stories.filter(isLive);

/** The loop coming up next (the soonest dated one not yet past), else none. */
export function nextLoopId(loops: readonly Loop[], today: Date): string | null {
  const now = today.toISOString().slice(0, 16);
  const coming = loops
    .filter((loop) => loop.at !== null && loop.at >= now)
    .sort((a, b) => a.at!.localeCompare(b.at!));
  return coming[0]?.id ?? null;
}

export function initialChoices(
  stories: readonly Story[],
  loopId: string | null = null,
): PackChoices {
  const live = liveStories(stories);
  // With nothing marked ready, "Ready stories" would make an empty pack and a disabled
  // button: a first pack from drafts starts from all of them instead (the hint says so).
  const anyReady = live.some((story) => story.status === 'ready');
  return {
    setId: null,
    storyChoice: anyReady ? 'ready' : 'all',
    // "Choose stories" starts from what the pack would hold: the ready ones, else all.
    chosen: new Set(
      live.filter((story) => !anyReady || story.status === 'ready').map((story) => story.id),
    ),
    sections: { ...PACK_SECTIONS_ALL },
    mask: true,
    loopId,
    stillToFix: true,
  };
}

/**
 * The line under "Stories": how many are ready, and when none is, that the pack holds the
 * drafts, so a pack that starts from "All stories" never surprises.
 */
export function storiesHint(stories: readonly Story[], choice: StoryChoice): string {
  const live = liveStories(stories);
  if (live.length === 0) return 'Your bank has no stories yet.';
  const ready = live.filter((story) => story.status === 'ready').length;
  if (ready > 0) {
    if (live.length === 1) return 'Your story is marked ready.';
    return `${ready} of ${live.length} stories ${ready === 1 ? 'is' : 'are'} marked ready.`;
  }
  const one = live.length === 1;
  const none = one
    ? 'Your story is not marked ready yet'
    : `None of your ${live.length} stories is marked ready yet`;
  if (choice !== 'all') return `${none}.`;
  return `${none}, so the pack holds ${one ? 'it as a draft' : 'all of them'}.`;
}

export interface PackRequest {
  input: PackInput;
  /** Why there is nothing to export, in words; null when the pack can be made. */
  blocked: string | null;
}

/** The request for the choices against the bank as it is now. */
export function packRequest(choices: PackChoices, bank: Bank): PackRequest {
  const setId =
    choices.setId && bank.principleSets.some((set) => set.id === choices.setId)
      ? choices.setId
      : bank.activeSetId;
  const live = liveStories(bank.stories);
  // In bank order, and only stories still live: one trashed since it was ticked drops out.
  const chosen = live.filter((story) => choices.chosen.has(story.id)).map((story) => story.id);
  const stories = choices.storyChoice === 'chosen' ? chosen : choices.storyChoice;
  const loopId = bank.loops.some((loop) => loop.id === choices.loopId) ? choices.loopId : null;
  const input: PackInput = {
    setId,
    stories,
    sections: choices.sections,
    redact: choices.mask,
    loopId,
    stillToFix: choices.stillToFix,
  };
  return { input, blocked: blockedReason(choices, live, chosen.length) };
}

function blockedReason(choices: PackChoices, live: Story[], chosenCount: number): string | null {
  if (live.length === 0) return 'Your bank has no stories yet: write one first.';
  if (choices.storyChoice === 'ready' && !live.some((story) => story.status === 'ready')) {
    return 'None of your stories is marked ready yet: choose “All stories”, or mark some ready.';
  }
  if (choices.storyChoice === 'chosen' && chosenCount === 0) {
    return 'No stories are chosen: tick at least one story to export.';
  }
  if (!Object.values(choices.sections).some(Boolean)) {
    return 'No sections are chosen: tick at least one section to put in the pack.';
  }
  return null;
}

/** "12 stories · 16 principles · Cover, Coverage matrix, …" */
export function summaryLine(summary: {
  storyCount: number;
  principleCount: number;
  sections: string[];
}): string {
  const sections = summary.sections.length ? summary.sections.join(', ') : 'no sections';
  return [
    plural(summary.storyCount, 'story', 'stories'),
    plural(summary.principleCount, 'principle', 'principles'),
    sections,
  ].join(' · ');
}
