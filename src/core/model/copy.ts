import { current, isDraft, type Draft } from 'immer';

/** A copy of bank data to put somewhere else in the bank, also when it is a change's draft. */
export function copyOf<T extends object>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : structuredClone(value);
}
