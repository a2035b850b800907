import type { Bank, Story } from '../model/schema';

export interface MergePreview {
  /** In the file, not in the bank: added. */
  added: Story[];
  /** In both, the file's copy edited later: the file's copy replaces ours. */
  changed: Story[];
  /** In both, ours as new or newer: ours stays. */
  kept: Story[];
  /** Principle sets the bank lacks (by id): added. */
  addedSets: string[];
}

/**
 * Merge by story id, newer edit wins. Sets are added when the bank lacks them and otherwise
 * left as the person has them; settings stay the bank's own.
 */
export function previewMerge(ours: Bank, theirs: Bank): MergePreview {
  const mine = new Map(ours.stories.map((story) => [story.id, story]));
  const preview: MergePreview = { added: [], changed: [], kept: [], addedSets: [] };
  for (const story of theirs.stories) {
    const current = mine.get(story.id);
    if (!current) preview.added.push(story);
    else if (Date.parse(story.updatedAt) > Date.parse(current.updatedAt))
      preview.changed.push(story);
    else preview.kept.push(current);
  }
  const setIds = new Set(ours.principleSets.map((set) => set.id));
  preview.addedSets = theirs.principleSets.filter((set) => !setIds.has(set.id)).map((s) => s.id);
  return preview;
}

/** Applies a merge in place (inside store.update). */
export function applyMerge(ours: Bank, theirs: Bank): MergePreview {
  const preview = previewMerge(ours, theirs);
  const replacements = new Map(preview.changed.map((story) => [story.id, story]));
  ours.stories = ours.stories.map((story) => replacements.get(story.id) ?? story);
  ours.stories.push(...preview.added);
  const added = new Set(preview.addedSets);
  ours.principleSets.push(...theirs.principleSets.filter((set) => added.has(set.id)));
  return preview;
}
