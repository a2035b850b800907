import { testStory, TRASHED_AT } from '../story-factory';
import { describe, expect, it } from 'vitest';
import type { Principle, Story } from '../../src/core/model/schema';
import { matchQuestions, storiesByPrinciple } from '../../src/renderer/src/lib/coverage-questions';

const principle = (name: string, questions: string[]): Principle => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  description: '',
  frequency: 2,
  questions: questions.map((text, i) => ({ id: `${name}-${i}`, text })),
});

const principles = [
  principle('Dive Deep', ['Tell me about a metric you questioned.', 'When did data mislead you?']),
  principle('Frugality', ['Tell me about doing more with less budget.']),
];

describe('matchQuestions', () => {
  it('shows everything for an empty search', () => {
    expect(matchQuestions(principles, '  ')).toHaveLength(2);
  });

  it('keeps a principle whose name matches with all its questions', () => {
    const groups = matchQuestions(principles, 'dive');
    expect(groups.map((g) => [g.principle.name, g.questions.length])).toEqual([['Dive Deep', 2]]);
  });

  it('keeps only matching questions otherwise, every word anywhere, any case', () => {
    const groups = matchQuestions(principles, 'TELL me');
    expect(groups.map((g) => [g.principle.name, g.questions.length])).toEqual([
      ['Dive Deep', 1],
      ['Frugality', 1],
    ]);
    expect(matchQuestions(principles, 'nothing like this')).toEqual([]);
  });
});

describe('storiesByPrinciple', () => {
  const story = (id: string, strength: 'primary' | 'secondary', deleted = false): Story =>
    testStory(id, {
      principles: [{ principleId: 'dive-deep', strength }],
      deletedAt: deleted ? TRASHED_AT : null,
    });

  it('lists primary stories first, leaving out the trash', () => {
    const map = storiesByPrinciple([
      story('a', 'secondary'),
      story('b', 'primary'),
      story('c', 'primary', true),
      story('d', 'primary'),
    ]);
    expect(map.get('dive-deep')?.map((entry) => entry.story.id)).toEqual(['b', 'd', 'a']);
  });
});
