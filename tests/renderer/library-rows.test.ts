import { describe, expect, it } from 'vitest';
import { checksText, pauseAfter, withPinned } from '../../src/renderer/src/lib/library-rows';

describe('a row’s words', () => {
  it('labels the count of open checks, and says when none is left', () => {
    expect(checksText(2)).toBe('2 to fix');
    expect(checksText(1)).toBe('1 to fix');
    expect(checksText(0)).toBe('All checks pass');
  });

  it('pauses with a full stop unless the text already ends in punctuation', () => {
    expect(pauseAfter('Billing migration')).toBe('. ');
    expect(pauseAfter('+2')).toBe('. ');
    expect(pauseAfter('Why did the launch slip?')).toBe('');
    expect(pauseAfter('Zero lost invoices.')).toBe('');
    expect(pauseAfter('It worked! ')).toBe('');
    expect(pauseAfter('Then…')).toBe('');
  });
});

describe('the rows drawn', () => {
  it('keeps the window as it is when the keyboard’s row is in it', () => {
    expect(withPinned([3, 4, 5, 6], 5, 100)).toEqual([3, 4, 5, 6]);
  });

  it('adds the keyboard’s row, in order, when it is scrolled away above or below', () => {
    expect(withPinned([40, 41, 42], 0, 300)).toEqual([0, 40, 41, 42]);
    expect(withPinned([0, 1, 2], 299, 300)).toEqual([0, 1, 2, 299]);
  });

  it('adds nothing for a row that does not exist', () => {
    expect(withPinned([0, 1], -1, 2)).toEqual([0, 1]);
    expect(withPinned([0, 1], 5, 2)).toEqual([0, 1]);
    expect(withPinned([], 0, 0)).toEqual([]);
  });
});
