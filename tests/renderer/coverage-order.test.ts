import fc from 'fast-check';
import { filterChoices } from '../../src/core/model/story-filters';
import { testStory } from '../story-factory';
import { describe, expect, it } from 'vitest';
import { coverageOf, writeNext } from '../../src/core/coverage/coverage';
import { DEFAULT_SETTINGS, type PrincipleSet, type Story } from '../../src/core/model/schema';
import { keptOrder, principleOrder, storyOrder } from '../../src/renderer/src/lib/coverage-order';

const principle = (id: string, frequency: 1 | 2 | 3 = 2) => ({
  id,
  name: id,
  description: '',
  frequency,
  questions: [],
});

const set: PrincipleSet = {
  id: 'set',
  name: 'Set',
  builtIn: false,
  principles: [
    principle('covered'),
    principle('thin'),
    principle('gap-rare', 1),
    principle('gap-often', 3),
  ],
};

let n = 0;
const story = (fields: Partial<Story>): Story =>
  testStory(`Story ${++n}`, { id: `s${n}`, ...fields });

const stories = [
  story({ principles: [{ principleId: 'covered', strength: 'primary' }] }),
  story({
    principles: [
      { principleId: 'covered', strength: 'secondary' },
      { principleId: 'thin', strength: 'primary' },
      { principleId: 'elsewhere', strength: 'primary' },
    ],
  }),
];
const report = coverageOf(stories, set, DEFAULT_SETTINGS, new Date('2026-06-01'));

describe('principleOrder', () => {
  it('keeps the set order when asked', () => {
    expect(principleOrder(report, 'set-order')).toEqual([
      'covered',
      'thin',
      'gap-rare',
      'gap-often',
    ]);
  });

  it('puts gaps first (most asked first), then thin, then covered', () => {
    expect(principleOrder(report, 'gaps-first')).toEqual([
      'gap-often',
      'gap-rare',
      'thin',
      'covered',
    ]);
  });
});

describe('storyOrder', () => {
  const ids = new Set(set.principles.map((p) => p.id));

  it('puts the stories carrying most principles of the set first', () => {
    // The second story maps three principles, but only two are in the set.
    expect(storyOrder(stories, ids, 'most-principles')).toEqual([stories[1]!.id, stories[0]!.id]);
  });

  it('keeps bank order when asked', () => {
    expect(storyOrder(stories, ids, 'created')).toEqual([stories[0]!.id, stories[1]!.id]);
  });
});

describe('keptOrder', () => {
  it('keeps the previous order while the same ids are shown, so nothing jumps', () => {
    const previous = ['b', 'a', 'c'];
    expect(keptOrder(previous, ['a', 'b', 'c'], () => ['a', 'b', 'c'])).toBe(previous);
  });

  it('sorts afresh when an id comes or goes', () => {
    expect(keptOrder(['b', 'a'], ['a', 'b', 'c'], () => ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
    expect(keptOrder(['b', 'a', 'c'], ['a', 'b', 'd'], () => ['a', 'b', 'd'])).toEqual([
      'a',
      'b',
      'd',
    ]);
    expect(keptOrder(null, ['a'], () => ['a'])).toEqual(['a']);
  });
});

describe('filterChoices', () => {
  it('offers each tag once whatever its case, and companies, from stories not in the trash', () => {
    const choices = filterChoices([
      story({ tags: ['Failure', 'launch'], company: 'Acme' }),
      story({ tags: ['failure'], company: 'Bolt' }),
      story({ tags: ['trashed'], company: 'Gone', deletedAt: '2026-02-01T10:00:00.000Z' }),
      story({ tags: [], company: '' }),
    ]);
    expect(choices).toEqual({ tags: ['Failure', 'launch'], companies: ['Acme', 'Bolt'] });
  });
});

describe('the matrix’s "gaps first" and Write next', () => {
  it('put the principles they share in the same order, ties included', () => {
    const principles = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
      principle(id, ((i % 3) + 1) as 1 | 2 | 3),
    );
    const wide: PrincipleSet = { ...set, principles };
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.nat({ max: 5 }), primary: fc.boolean() }), { maxLength: 12 }),
        (mappings) => {
          const stories = mappings.map(({ p, primary }) =>
            story({
              principles: [
                { principleId: principles[p]!.id, strength: primary ? 'primary' : 'secondary' },
              ],
            }),
          );
          const report = coverageOf(stories, wide, DEFAULT_SETTINGS, new Date('2026-06-01'));
          const next = writeNext(report).map((p) => p.principleId);
          const matrix = principleOrder(report, 'gaps-first').filter((id) => next.includes(id));
          expect(matrix).toEqual(next);
        },
      ),
      { numRuns: 300 },
    );
  });
});
