import { describe, expect, it } from 'vitest';
import { emptyStoryContent } from '../../src/core/model/bank';
import { diffContent, toFormValues, validFields } from '../../src/renderer/src/lib/story-changes';

const base = {
  ...emptyStoryContent('Billing migration'),
  tags: ['billing', 'migration'],
  principles: [{ principleId: 'ownership', strength: 'primary' as const }],
  followUps: [{ id: 'f1', question: 'Who pushed back?', answer: 'Finance.' }],
};

describe('diffContent', () => {
  it('returns only the fields that changed', () => {
    expect(diffContent(base, { ...base, action: 'I moved 40k accounts.' })).toEqual({
      action: 'I moved 40k accounts.',
    });
  });

  it('compares arrays and objects by value, not by identity', () => {
    const copy = structuredClone(base);
    expect(diffContent(base, copy)).toEqual({});
    copy.followUps[0]!.answer = 'Finance, then Legal.';
    copy.tags = ['migration', 'billing'];
    expect(diffContent(base, copy)).toEqual({
      followUps: [{ id: 'f1', question: 'Who pushed back?', answer: 'Finance, then Legal.' }],
      tags: ['migration', 'billing'],
    });
  });

  it('leaves out fields the next values do not mention', () => {
    expect(diffContent(base, { task: 'Lead it.' })).toEqual({ task: 'Lead it.' });
  });
});

describe('validFields', () => {
  it('drops an invalid field and keeps the others, as the bank would store them', () => {
    const values = { ...toFormValues(base), title: '   ', headline: ' Lead line ', when: '' };
    const valid = validFields(values);
    expect(valid).not.toHaveProperty('title');
    expect(valid.headline).toBe('Lead line');
    expect(valid.when).toBeNull();
    expect(valid.action).toBe('');
  });

  it('keeps a month and refuses a malformed one', () => {
    expect(validFields({ ...toFormValues(base), when: '2024-03' }).when).toBe('2024-03');
    expect(validFields({ ...toFormValues(base), when: '2024-13' })).not.toHaveProperty('when');
  });
});
