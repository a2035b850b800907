import type { StoryStatus } from '../../../core/model/schema';

/**
 * What one library row says, and which rows the virtualized list draws. Pure, so the words
 * and the window are unit tested in node.
 */

export const STATUS_TEXT: Record<StoryStatus, string> = { draft: 'Draft', ready: 'Ready' };

/** The badge's words: the count is labelled on screen, not only in a tooltip. */
export function checksText(open: number): string {
  return open === 0 ? 'All checks pass' : `${open} to fix`;
}

/**
 * What a screen reader hears between two parts of a row, which the eye separates by layout:
 * a full stop, unless the text already ends in punctuation (then nothing).
 */
export function pauseAfter(text: string): string {
  return /[.!?…:;,]$/.test(text.trim()) ? '' : '. ';
}

/**
 * The row indexes to draw: the visible window (ascending, from the virtualizer) plus the one
 * row that holds the keyboard (roving focus), wherever it is. Without it, scrolling that row
 * out of view would unmount it, and Tab would find no way into the list.
 */
export function withPinned(visible: readonly number[], pinned: number, count: number): number[] {
  if (pinned < 0 || pinned >= count || visible.includes(pinned)) return [...visible];
  return [...visible, pinned].sort((a, b) => a - b);
}
