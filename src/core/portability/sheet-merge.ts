import { placeStory } from '../model/story-list';
import type { Bank, Story, StoryContent } from '../model/schema';
import { LINE_FIELDS, PROSE_FIELDS } from '../model/story-fields';
import { addMapping } from './principle-match';
import type { SheetPlan } from './sheet-stories';

/**
 * Rows planned from a table, into the bank. Two ways, neither of which replaces a thing:
 * "add" makes every row a new story; "merge" lets a row whose title is already a story in the
 * bank fill that story's empty fields and add its principles and tags, and adds the rest.
 */
export type SheetImportMode = 'add' | 'merge';

export interface SheetMergeResult {
  added: string[];
  updated: string[];
}

const titleKey = (title: string) => title.replace(/\s+/g, ' ').trim().toLowerCase();

/** Rows whose title is a story in the bank already (merge fills those in instead of adding). */
export function rowsMatchingBank(bank: Bank, plan: SheetPlan): number[] {
  const titles = new Set(bank.stories.filter((s) => !s.deletedAt).map((s) => titleKey(s.title)));
  return plan.stories.filter((s) => titles.has(titleKey(s.content.title))).map((s) => s.row);
}

/** Applies the plan in place (inside store.importWith, which checks the result first). */
export function applySheetPlan(
  bank: Bank,
  plan: SheetPlan,
  mode: SheetImportMode,
  at: Date,
  newId: () => string,
): SheetMergeResult {
  const result: SheetMergeResult = { added: [], updated: [] };
  const stamp = at.toISOString();
  const existing = new Map<string, Story>();
  if (mode === 'merge') {
    for (const story of bank.stories) {
      if (!story.deletedAt && !existing.has(titleKey(story.title))) {
        existing.set(titleKey(story.title), story);
      }
    }
  }
  for (const { content } of plan.stories) {
    const current = existing.get(titleKey(content.title));
    if (current) {
      const filled = filledIn(current, content);
      if (filled) {
        bank.stories = bank.stories.map((s) =>
          s.id === current.id ? { ...filled, updatedAt: stamp } : s,
        );
        result.updated.push(current.title);
      }
      continue;
    }
    const story: Story = {
      ...content,
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    bank.stories = placeStory(bank.stories, story);
    result.added.push(story.title);
  }
  return result;
}

const TEXT_FIELDS = [...LINE_FIELDS, ...PROSE_FIELDS];

/** The story with the row's text where it had none; null when the row adds nothing. */
function filledIn(story: Story, row: StoryContent): Story | null {
  const next: Story = {
    ...story,
    principles: story.principles.map((m) => ({ ...m })),
    tags: [...story.tags],
    targetQuestions: [...story.targetQuestions],
  };
  for (const field of TEXT_FIELDS) {
    if (!next[field].trim() && row[field].trim()) next[field] = row[field];
  }
  next.when ??= row.when;
  for (const mapping of row.principles) {
    if (!next.principles.some((m) => m.principleId === mapping.principleId)) {
      addMapping(next.principles, mapping.principleId, mapping.strength);
    }
  }
  for (const tag of row.tags) {
    if (!next.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) next.tags.push(tag);
  }
  for (const question of row.targetQuestions) {
    if (!next.targetQuestions.includes(question)) next.targetQuestions.push(question);
  }
  const asked = new Set(story.followUps.map((f) => f.question.trim().toLowerCase()));
  next.followUps = [
    ...story.followUps,
    ...row.followUps.filter((f) => !asked.has(f.question.trim().toLowerCase())),
  ];
  return JSON.stringify(next) === JSON.stringify(story) ? null : next;
}
