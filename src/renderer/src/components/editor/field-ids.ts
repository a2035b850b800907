import type { StoryContent } from '../../../../core/model/schema';

/**
 * The element each story field is focused through (a check's label jumps there). One editor
 * is open at a time, so fixed ids are unique.
 */
export const FIELD_IDS = {
  title: 'story-title',
  headline: 'story-headline',
  situation: 'story-situation',
  task: 'story-task',
  action: 'story-action',
  result: 'story-result',
  metrics: 'story-metrics',
  learnings: 'story-learnings',
  company: 'story-company',
  role: 'story-role',
  when: 'story-when',
  project: 'story-project',
  tags: 'story-tags',
  principles: 'story-principles',
  followUps: 'story-follow-ups',
  targetQuestions: 'story-target-questions',
  status: 'story-status',
  dismissedChecks: 'story-checks',
} as const satisfies Record<keyof StoryContent, string>;

const CONTROL = 'input, select, textarea, button';

/** Focuses the field's control; for a group, its checked or first control. */
export function focusField(field: keyof StoryContent): void {
  const element = document.getElementById(FIELD_IDS[field]);
  if (!element) return;
  const control: HTMLElement | null = element.matches(CONTROL)
    ? element
    : (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector(CONTROL));
  (control ?? element).focus();
}

/** Titles Storybank makes up itself; opening such a story selects it, ready to retype. */
export function isMadeUpTitle(title: string): boolean {
  return /^untitled( story)?$/i.test(title.trim()) || / \(copy\)$/.test(title);
}
