import { knownPrincipleIds } from '../model/rules';
import type { Bank, PrincipleSet, Story } from '../model/schema';
import { freeName } from '../principles/set-edits';
import { mergePractice, withoutRecording } from './practice-merge';

export interface MergePreview {
  /** In the file, not in the bank: added. */
  added: Story[];
  /** In both, the file's copy edited later: the file's copy replaces ours. */
  changed: Story[];
  /** In both, ours as new or newer: ours stays. */
  kept: Story[];
  /** Ids (in the file) of the principle sets that come in: as they are, or as a copy. */
  addedSets: string[];
  /**
   * Of those, the sets the bank has under the same id but without principles the incoming
   * stories map: they come in as a copy with an id of their own, so no mapping points nowhere.
   */
  copiedSets: string[];
}

/**
 * Merge by story id, newer edit wins. Sets are added when the bank lacks them and otherwise
 * left as the person has them; settings stay the bank's own.
 */
export function previewMerge(ours: Bank, theirs: Bank): MergePreview {
  const mine = new Map(ours.stories.map((story) => [story.id, story]));
  const preview: MergePreview = { added: [], changed: [], kept: [], addedSets: [], copiedSets: [] };
  for (const story of theirs.stories) {
    const current = mine.get(story.id);
    if (!current) preview.added.push(story);
    else if (Date.parse(story.updatedAt) > Date.parse(current.updatedAt))
      preview.changed.push(story);
    else preview.kept.push(current);
  }
  const setIds = new Set(ours.principleSets.map((set) => set.id));
  const newSets = theirs.principleSets.filter((set) => !setIds.has(set.id));
  const known = knownPrincipleIds({ principleSets: [...ours.principleSets, ...newSets] });
  const missing = new Set(
    [...preview.added, ...preview.changed]
      .flatMap((story) => story.principles.map((mapping) => mapping.principleId))
      .filter((id) => !known.has(id)),
  );
  const copies = theirs.principleSets.filter(
    (set) => setIds.has(set.id) && set.principles.some((principle) => missing.has(principle.id)),
  );
  preview.addedSets = [...newSets, ...copies].map((set) => set.id);
  preview.copiedSets = copies.map((set) => set.id);
  return preview;
}

/** Applies a merge in place (inside store.update). */
export function applyMerge(ours: Bank, theirs: Bank): MergePreview {
  const preview = previewMerge(ours, theirs);
  const replacements = new Map(preview.changed.map((story) => [story.id, story]));
  ours.stories = ours.stories.map((story) => replacements.get(story.id) ?? story);
  ours.stories.push(...preview.added);
  // Loops the bank lacks come in; a loop it has stays as the person has it.
  const loopIds = new Set(ours.loops.map((loop) => loop.id));
  ours.loops.push(...theirs.loops.filter((loop) => !loopIds.has(loop.id)));
  // Rehearsals the bank lacks come in, for the stories it holds after the merge; their audio
  // stayed on the other computer.
  ours.practice = mergePractice(
    [],
    ours.practice,
    theirs.practice.map(withoutRecording),
    new Set(ours.stories.map((story) => story.id)),
  ).entries;
  const added = new Set(preview.addedSets);
  const copied = new Set(preview.copiedSets);
  for (const set of theirs.principleSets) {
    if (!added.has(set.id)) continue;
    ours.principleSets.push(copied.has(set.id) ? importedCopy(ours, set) : set);
  }
  return preview;
}

function importedCopy(bank: Bank, set: PrincipleSet): PrincipleSet {
  const ids = new Set(bank.principleSets.map((other) => other.id));
  let id = `${set.id}-imported`;
  for (let n = 2; ids.has(id); n++) id = `${set.id}-imported-${n}`;
  return { ...set, id, builtIn: false, name: freeName(bank, `${set.name} (imported)`) };
}
