import { testStory, TRASHED_AT } from '../story-factory';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../src/core/model/bank';
import type { PrincipleMapping, Story } from '../../src/core/model/schema';
import { copyOfSet } from '../../src/core/principles/set-edits';
import {
  movedOrder,
  nextStrength,
  strengthOf,
  withPendingMappings,
} from '../../src/renderer/src/lib/coverage-edits';
import { storiesLosing, storiesLosingSet } from '../../src/core/principles/set-edits';

const story = (id: string, principles: PrincipleMapping[], deleted = false): Story =>
  testStory(id, { principles, deletedAt: deleted ? TRASHED_AT : null });

describe('cycling a cell', () => {
  it('goes nothing → primary → secondary → nothing', () => {
    expect(nextStrength(null)).toBe('primary');
    expect(nextStrength('primary')).toBe('secondary');
    expect(nextStrength('secondary')).toBeNull();
  });

  it('reads a story’s strength for a principle', () => {
    const s = story('s', [{ principleId: 'dive-deep', strength: 'secondary' }]);
    expect(strengthOf(s, 'dive-deep')).toBe('secondary');
    expect(strengthOf(s, 'ownership')).toBeNull();
  });
});

describe('withPendingMappings', () => {
  it('lays clicks still on their way over the story the bank answered', () => {
    const answered = story('s', [
      { principleId: 'a', strength: 'primary' },
      { principleId: 'b', strength: 'secondary' },
    ]);
    const shown = withPendingMappings(
      answered,
      new Map([
        ['a', null],
        ['b', 'primary'],
        ['c', 'secondary'],
      ] as const),
    );
    expect(shown.principles).toEqual([
      { principleId: 'b', strength: 'primary' },
      { principleId: 'c', strength: 'secondary' },
    ]);
    expect(answered.principles).toHaveLength(2);
  });

  it('returns the very story when nothing is pending', () => {
    const answered = story('s', []);
    expect(withPendingMappings(answered, new Map())).toBe(answered);
  });
});

describe('storiesLosing', () => {
  it('counts every story mapping the principle, trashed ones too', () => {
    const bank = newBank();
    bank.stories = [
      story('a', [{ principleId: 'dive-deep', strength: 'primary' }]),
      story('b', [{ principleId: 'dive-deep', strength: 'secondary' }], true),
      story('c', [{ principleId: 'ownership', strength: 'primary' }]),
    ];
    expect(storiesLosing(bank, 'amazon-lp', 'dive-deep').map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('is zero while another set (a copy) still has the principle', () => {
    const bank = newBank();
    bank.principleSets.push(copyOfSet(bank.principleSets[0]!, 'copy', 'Copy'));
    bank.stories = [story('a', [{ principleId: 'dive-deep', strength: 'primary' }])];
    expect(storiesLosing(bank, 'copy', 'dive-deep')).toEqual([]);
    // A set deleted while its copy stays loses no mapping either; the last copy does.
    expect(storiesLosingSet(bank, 'copy')).toEqual([]);
    bank.principleSets = [bank.principleSets[1]!];
    expect(storiesLosingSet(bank, 'copy').map((s) => s.id)).toEqual(['a']);
  });
});

describe('movedOrder', () => {
  it('swaps a principle with its neighbour', () => {
    expect(movedOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order as it is at either end', () => {
    expect(movedOrder(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(movedOrder(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
  });
});
