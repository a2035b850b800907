import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/core/coverage/coverage';
import { setMapping } from '../../src/core/principles/set-edits';
import type { Story, Strength } from '../../src/core/model/schema';
import { patchedPrinciples } from '../../src/renderer/src/lib/coverage-patch';
import { generateBank } from '../../bench/generate';

const bank = generateBank(60);
const set = bank.principleSets[0]!;
const today = new Date('2026-06-01');
const filter = { readyOnly: false };
const base = coverageOf(bank.stories, set, bank.settings, today, filter);

/** The stories with some mappings changed, each story copied as putStory would put it. */
function toggled(changes: { story: number; principle: number; strength: Strength | null }[]) {
  const stories = [...bank.stories];
  for (const { story, principle, strength } of changes) {
    const copy: Story = structuredClone(stories[story]!);
    setMapping(bank, copy, set.principles[principle]!.id, strength);
    stories[story] = copy;
  }
  return stories;
}

describe('patchedPrinciples', () => {
  it('matches a full count after any few toggles', () => {
    const change = fc.record({
      story: fc.nat({ max: 59 }),
      principle: fc.nat({ max: 15 }),
      strength: fc.constantFrom<Strength | null>('primary', 'secondary', null),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        const after = toggled(changes);
        const patched = patchedPrinciples(
          base,
          bank.stories,
          after,
          set,
          bank.settings,
          today,
          filter,
        );
        expect(patched).toEqual(coverageOf(after, set, bank.settings, today, filter).principles);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the untouched principles as they were', () => {
    const after = toggled([{ story: 0, principle: 0, strength: null }]);
    const patched = patchedPrinciples(
      base,
      bank.stories,
      after,
      set,
      bank.settings,
      today,
      filter,
    )!;
    const touched = new Set([set.principles[0]!.id]);
    patched.forEach((principle, i) => {
      if (!touched.has(principle.principleId)) expect(principle).toBe(base.principles[i]);
    });
  });

  it('asks for a full count when a story changed in another way', () => {
    const after = [...bank.stories];
    after[3] = { ...after[3]!, status: after[3]!.status === 'ready' ? 'draft' : 'ready' };
    expect(
      patchedPrinciples(base, bank.stories, after, set, bank.settings, today, filter),
    ).toBeNull();
    const longer = [...bank.stories, bank.stories[0]!];
    expect(
      patchedPrinciples(base, bank.stories, longer, set, bank.settings, today, filter),
    ).toBeNull();
  });
});
