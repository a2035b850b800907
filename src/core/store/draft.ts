import { current, isDraft, produce } from 'immer';
import { StorybankError } from '../errors';
import { changeProblem } from '../model/rules';
import type { Bank } from '../model/schema';

/**
 * Runs `change` on a draft of `bank` and returns the next bank, sharing every part the change
 * did not touch, or throws in words when the result would break a rule the reader checks;
 * `bank` itself is never modified, so a refused change leaves nothing behind. `change` may
 * return a different bank to replace the whole (an import), or a result for the caller, which
 * is copied out of the draft.
 */
export function applyChange<T>(bank: Bank, change: (draft: Bank) => T): { bank: Bank; result: T } {
  let result!: T;
  const next = produce(bank, (draft: Bank) => {
    const value = change(draft);
    if (isReplacement(value, draft)) return value.replaceWith;
    result = detach(value);
    return undefined;
  });
  const problem = changeProblem(bank, next);
  if (problem) {
    throw new StorybankError(
      'invalid-input',
      `Storybank can't save that: ${problem}. Nothing was changed.`,
    );
  }
  return { bank: next, result };
}

/** What a change returns to put another bank in place of the draft. */
export interface Replacement {
  replaceWith: Bank;
}

function isReplacement(value: unknown, draft: Bank): value is Replacement {
  return (
    typeof value === 'object' &&
    value !== null &&
    value !== draft &&
    !isDraft(value) &&
    'replaceWith' in value
  );
}

/** A change's result without drafts in it: they stop working once the change is over. */
function detach<T>(value: T): T {
  if (isDraft(value)) return current(value as object) as T;
  if (Array.isArray(value)) return value.map(detach) as T;
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, detach(item)])) as T;
  }
  return value;
}
