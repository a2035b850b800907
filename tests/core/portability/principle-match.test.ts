import { describe, expect, it } from 'vitest';
import { amazonPrincipleSet } from '../../../src/core/principles/amazon-set';
import { editDistance, PrincipleMatcher } from '../../../src/core/portability/principle-match';

const matcher = new PrincipleMatcher(amazonPrincipleSet().principles);

/** How people write Amazon's principles in their trackers, and what each should become. */
const SPELLINGS: [string, string][] = [
  ['Customer Obsession', 'customer-obsession'],
  ['customer obsession', 'customer-obsession'],
  ['CUSTOMER OBSESSION', 'customer-obsession'],
  ['Customer-Obsession', 'customer-obsession'],
  ['Cusomer Obsesion', 'customer-obsession'],
  ['CO', 'customer-obsession'],
  ['Ownership', 'ownership'],
  ['ownershp', 'ownership'],
  ['Invent & Simplify', 'invent-and-simplify'],
  ['invent and simplify', 'invent-and-simplify'],
  ['Are Right A Lot', 'are-right-a-lot'],
  ['Are right, a lot', 'are-right-a-lot'],
  ['Learn & Be Curious', 'learn-and-be-curious'],
  ['Learn and be curios', 'learn-and-be-curious'],
  ['Hire & Develop the Best', 'hire-and-develop-the-best'],
  ['Hire and Develop', 'hire-and-develop-the-best'],
  ['Insist on the Highest Standards', 'insist-on-the-highest-standards'],
  ['Insist on Highest Standards', 'insist-on-the-highest-standards'],
  ['Highest Standards', 'insist-on-the-highest-standards'],
  ['Think Big', 'think-big'],
  ['think big!', 'think-big'],
  ['Bias for Action', 'bias-for-action'],
  ['bias for actoin', 'bias-for-action'],
  ['BFA', 'bias-for-action'],
  ['Frugality', 'frugality'],
  ['Frugal', 'frugality'],
  ['Earn Trust', 'earn-trust'],
  ['earn trust', 'earn-trust'],
  ['Dive Deep', 'dive-deep'],
  ['DD', 'dive-deep'],
  ['Have Backbone', 'have-backbone-disagree-and-commit'],
  ['Disagree & Commit', 'have-backbone-disagree-and-commit'],
  ['Have Backbone; Disagree and Commit', 'have-backbone-disagree-and-commit'],
  ['Backbone', 'have-backbone-disagree-and-commit'],
  ['Deliver Results', 'deliver-results'],
  ['Delivering Results', 'deliver-results'],
  ['DR', 'deliver-results'],
  ['Results', 'deliver-results'],
  ["Strive to be Earth's Best Employer", 'strive-to-be-earths-best-employer'],
  ['Earth’s Best Employer', 'strive-to-be-earths-best-employer'],
  ['Success and Scale Bring Broad Responsibility', 'success-and-scale-bring-broad-responsibility'],
  ['Success & Scale', 'success-and-scale-bring-broad-responsibility'],
];

/** Words that name no principle: matched, they would map a story where the person never did. */
const NOT_PRINCIPLES = [
  'Teamwork',
  'Team Player',
  'Communication',
  'Leadership',
  'Customer Empathy',
  'Big',
  'A Lot',
];

describe('PrincipleMatcher', () => {
  it('matches the ways people write the 16 principles, and says how many', () => {
    const expected = SPELLINGS.filter(([, id]) => id !== null);
    const matched = expected.filter(([text, id]) => matcher.match(text) === id);
    console.log(`principle spellings matched: ${matched.length} of ${expected.length}`);
    expect(matched.map(([text]) => text)).toEqual(expected.map(([text]) => text));
  });

  it('leaves words that name no principle unmatched', () => {
    expect(NOT_PRINCIPLES.map((text) => [text, matcher.match(text)])).toEqual(
      NOT_PRINCIPLES.map((text) => [text, null]),
    );
  });

  it('reads a cell of several principles, keeping names that hold a separator whole', () => {
    const cell = matcher.readCell('Customer Obsession; Are Right, A Lot, Earn trust (secondary)');
    expect(cell).toEqual({
      matched: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'are-right-a-lot', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
      unmatched: [],
    });
  });

  it('marks secondary by "(secondary)", by a "Secondary:" label, or by the column', () => {
    expect(matcher.readCell('Primary: Ownership\nSecondary: Dive Deep, Think Big').matched).toEqual(
      [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
        { principleId: 'think-big', strength: 'secondary' },
      ],
    );
    expect(matcher.readCell('Frugality (2nd)').matched).toEqual([
      { principleId: 'frugality', strength: 'secondary' },
    ]);
    expect(matcher.readCell('Frugality', 'secondary').matched[0]?.strength).toBe('secondary');
  });

  it('maps a principle named twice once, primary if either says so', () => {
    expect(matcher.readCell('Dive Deep (secondary), dive deep').matched).toEqual([
      { principleId: 'dive-deep', strength: 'primary' },
    ]);
  });

  it('lists what it cannot match, as written and with its strength', () => {
    expect(matcher.readCell('Ownership, Team Player (secondary)').unmatched).toEqual([
      { text: 'Team Player', strength: 'secondary' },
    ]);
  });

  it('matches another set by its own names and initials', () => {
    const values = new PrincipleMatcher([
      { id: 'v1', name: 'Move Fast' },
      { id: 'v2', name: 'Be Bold' },
      { id: 'v3', name: 'Focus on Impact' },
    ]);
    expect(
      ['move fast', 'MF', 'Be bold!', 'focus on impcat', 'Boldness'].map((t) => values.match(t)),
    ).toEqual(['v1', 'v1', 'v2', 'v3', null]);
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('actoin', 'action')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
