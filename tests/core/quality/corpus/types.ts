import type { StoryContent } from '../../../../src/core/model/schema';

/**
 * A labelled reference bank for the story checks: stories written for the tests, each either
 * sound or with exactly one planted defect. The checks are measured on it (recall of planted
 * defects, false "problem" flags on sound stories); they must be right in general, so the
 * stories are written from what coaches look for, never from how a check is implemented.
 */

export const DEFECT_KINDS = [
  /** The Result counts activity (interviews run, pages written, on schedule), not an effect. */
  'output-not-outcome',
  /** The Result has no measure at all. */
  'no-measure',
  /** The Action is told as "we"; the candidate's own part is unclear. */
  'we-not-i',
  /** Hedges and fillers: "I think", "kind of", "sort of", "maybe", "probably", "basically"… */
  'hedging',
  /** A failure story (tagged or plainly one) with no lesson anywhere. */
  'failure-without-lesson',
  /** Reads as a failure ("I missed", "my mistake", "it failed") but is not tagged as one. */
  'failure-untagged',
  /** Far too short to tell: under about 45 seconds spoken (~100 words at 140 wpm). */
  'too-short',
  /** Far too long: over about 4 minutes spoken (~560 words at 140 wpm). */
  'too-long',
  /** The Action is under a quarter of the story; Situation and Task crowd it out. */
  'thin-action',
  /** Happened more than 5 years before the test date (2026-12). */
  'too-old',
  /** Marked ready, but no one-sentence headline to open with. */
  'no-headline',
  /** A placeholder title: "Untitled story", "Story 7", "New story", "draft"… */
  'placeholder-title',
  /** One STAR part left empty. */
  'missing-part',
] as const;

export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface LabelledStory {
  kind: DefectKind | 'sound';
  /** One line: what is planted, or why a sound story is tricky. */
  note: string;
  story: Partial<StoryContent> & { title: string };
}
