import { testStory } from '../story-factory';
import { describe, expect, it } from 'vitest';
import type { PrincipleMapping, Story } from '../../src/core/model/schema';
import { principleSummary } from '../../src/renderer/src/components/library/principle-summary';

const names = new Map([
  ['own', 'Ownership'],
  ['dive', 'Dive Deep'],
  ['cust', 'Customer Obsession'],
  ['bias', 'Bias for Action'],
]);

const withMappings = (principles: PrincipleMapping[]): Story =>
  testStory('Story', { id: 's', principles });

describe('principleSummary', () => {
  it('names primary principles first, two at most, then counts the rest', () => {
    const story = withMappings([
      { principleId: 'own', strength: 'secondary' },
      { principleId: 'dive', strength: 'primary' },
      { principleId: 'cust', strength: 'secondary' },
      { principleId: 'bias', strength: 'secondary' },
    ]);
    expect(principleSummary(story, names)).toEqual({
      shown: 'Dive Deep · Ownership',
      more: 2,
      full: 'Dive Deep, Ownership, Customer Obsession, Bias for Action',
    });
  });

  it('skips principles outside the active set and is empty when none are left', () => {
    expect(
      principleSummary(withMappings([{ principleId: 'x', strength: 'primary' }]), names),
    ).toEqual({ shown: '', more: 0, full: '' });
    expect(
      principleSummary(withMappings([{ principleId: 'own', strength: 'primary' }]), names).shown,
    ).toBe('Ownership');
  });
});
