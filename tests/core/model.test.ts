import { describe, expect, it } from 'vitest';
import { emptyStoryContent, newBank } from '../../src/core/model/bank';
import { bankRuleProblem } from '../../src/core/model/rules';
import { BankSchema, StorySchema } from '../../src/core/model/schema';
import { AMAZON_PRINCIPLES } from '../../src/core/principles/amazon-seed';

const AMAZON_NAMES = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Deliver Results',
  "Strive to be Earth's Best Employer",
  'Success and Scale Bring Broad Responsibility',
];

const story = (overrides: Record<string, unknown> = {}) => ({
  ...emptyStoryContent('Billing migration'),
  id: 's1',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  deletedAt: null,
  ...overrides,
});

describe('a new bank', () => {
  it('is valid and starts with the Amazon set active and no stories', () => {
    const bank = BankSchema.parse(newBank());
    expect(bank.stories).toEqual([]);
    expect(bank.activeSetId).toBe('amazon-lp');
    const active = bank.principleSets.find((set) => set.id === bank.activeSetId);
    expect(active?.name).toBe('Amazon Leadership Principles');
    expect(active?.builtIn).toBe(true);
  });

  it('holds all 16 principles under their names, described, with at least 3 questions', () => {
    const [set] = newBank().principleSets;
    expect(set?.principles.map((principle) => principle.name)).toEqual(AMAZON_NAMES);
    for (const principle of set?.principles ?? []) {
      expect(principle.description.length).toBeGreaterThan(40);
      expect(
        principle.description.split(/[.!?](\s|$)/).filter((s) => s.trim()).length,
      ).toBeLessThanOrEqual(2);
      expect(principle.questions.length).toBeGreaterThanOrEqual(3);
    }
    const questionIds = set?.principles.flatMap((p) => p.questions.map((q) => q.id)) ?? [];
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('gets its own copy of the built-in set, so edits never reach the seed', () => {
    const bank = newBank();
    bank.principleSets[0]!.principles[0]!.name = 'Changed';
    expect(AMAZON_PRINCIPLES[0]?.name).toBe('Customer Obsession');
    expect(newBank().principleSets[0]?.principles[0]?.name).toBe('Customer Obsession');
  });
});

describe('the story schema', () => {
  it('accepts a complete story', () => {
    expect(StorySchema.safeParse(story({ when: '2024-03', tags: ['failure'] })).success).toBe(true);
  });

  it.each([
    ['an empty title', { title: '   ' }, 'A story needs a title.'],
    ['a date that is not year-month', { when: '2024-13' }, 'Use year and month, like 2024-03.'],
    ['a field past 20,000 characters', { action: 'x'.repeat(20_001) }, '20000'],
    ['an unknown strength', { principles: [{ principleId: 'p', strength: 'main' }] }, 'primary'],
    ['an unknown status', { status: 'done' }, 'draft'],
  ])('refuses %s, in words', (_name, overrides, words) => {
    const parsed = StorySchema.safeParse(story(overrides));
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(words);
  });
});

describe('the bank schema', () => {
  it('finds an active set that is not in the bank', () => {
    const bank = BankSchema.parse({ ...newBank(), activeSetId: 'gone' });
    expect(bankRuleProblem(bank)).toContain('"gone" is not in the bank');
    expect(bankRuleProblem(newBank())).toBeNull();
  });

  it('fills settings added later with their defaults', () => {
    const { settings: _dropped, ...withoutSettings } = newBank();
    const parsed = BankSchema.parse(withoutSettings);
    expect(parsed.settings.speakingRateWpm).toBe(140);
    expect(parsed.settings.theme).toBe('system');
  });

  it('refuses another format version', () => {
    expect(BankSchema.safeParse({ ...newBank(), schemaVersion: 1 }).success).toBe(false);
  });
});
