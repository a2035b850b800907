/**
 * The prep pack's sections, once: their keys in the pack's order, their titles as the reader
 * sees them, and the default (every one). The exporter, the contract, the Export view and the
 * command line all read them from here. Free of Node, so the renderer can import it.
 */
export const SECTION_TITLES = {
  cover: 'Cover',
  loopPlan: 'Loop plan',
  matrix: 'Coverage matrix',
  cheatSheet: 'Cheat sheet',
  storyCards: 'Story cards',
  questionBank: 'Question bank',
} as const;

export type SectionKey = keyof typeof SECTION_TITLES;

export const SECTION_KEYS = Object.keys(SECTION_TITLES) as readonly SectionKey[];

/** Every section on: the Export view's default, and what `storybank export` writes. */
export const PACK_SECTIONS_ALL: Readonly<Record<SectionKey, boolean>> = Object.fromEntries(
  SECTION_KEYS.map((key) => [key, true]),
) as Record<SectionKey, boolean>;
