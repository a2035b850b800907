import type { Story } from '../../../../core/model/schema';

/** How many principle names a row spells out before it says "+N". */
const NAMES_SHOWN = 2;

export interface PrincipleSummary {
  /** "Dive Deep · Ownership", or "" when no principle of the active set is mapped. */
  shown: string;
  /** How many more are mapped ("+2"); apart from `shown` so an ellipsis never hides it. */
  more: number;
  /** Every mapped name, primary first, for the row's tooltip. */
  full: string;
}

/**
 * The principles a story serves, primary ones first, named from the active set only: a
 * mapping to another company's list says nothing while preparing for this one.
 */
export function principleSummary(
  story: Story,
  activeNames: ReadonlyMap<string, string>,
): PrincipleSummary {
  const ordered = [
    ...story.principles.filter((mapping) => mapping.strength === 'primary'),
    ...story.principles.filter((mapping) => mapping.strength !== 'primary'),
  ];
  const names = ordered.flatMap((mapping) => activeNames.get(mapping.principleId) ?? []);
  return {
    shown: names.slice(0, NAMES_SHOWN).join(' · '),
    more: Math.max(0, names.length - NAMES_SHOWN),
    full: names.join(', '),
  };
}
