import { describe, expect, it } from 'vitest';
import type { PrincipleCoverage } from '../../src/core/coverage/coverage';
import type { Story } from '../../src/core/model/schema';
import { testStory } from '../story-factory';
import {
  cellLabel,
  principleHeaderLabel,
  principleKeyMeta,
  storyKeyMeta,
} from '../../src/renderer/src/lib/coverage-labels';
import { missingText, recencyNote } from '../../src/core/coverage/presentation';

const coverage = (fields: Partial<PrincipleCoverage>): PrincipleCoverage => ({
  principleId: 'dive-deep',
  name: 'Dive Deep',
  frequency: 3,
  state: 'covered',
  examples: 2,
  primaryExamples: 1,
  storyIds: ['a', 'b'],
  recent: true,
  dated: true,
  ...fields,
});

const targets = { coverageTargetStories: 2, coverageTargetPrimary: 1 };

describe('labels', () => {
  it('names a row header by principle, count and state', () => {
    expect(principleHeaderLabel(coverage({}))).toBe('Dive Deep — 2 stories — covered');
    expect(principleHeaderLabel(coverage({ examples: 1, storyIds: ['a'], state: 'thin' }))).toBe(
      'Dive Deep — 1 story — thin',
    );
  });

  it('says when stories of one project count once', () => {
    expect(principleHeaderLabel(coverage({ examples: 1, state: 'thin' }))).toBe(
      'Dive Deep — 2 stories (1 distinct) — thin',
    );
  });

  it('names a cell by principle, story and strength', () => {
    expect(cellLabel('Dive Deep', 'Billing migration', 'primary')).toBe(
      'Dive Deep × Billing migration: primary',
    );
    expect(cellLabel('Dive Deep', 'Billing migration', null)).toBe(
      'Dive Deep × Billing migration: not mapped',
    );
  });

  it('says what a thin principle lacks', () => {
    expect(missingText(coverage({ examples: 1, primaryExamples: 0 }), targets)).toBe(
      'Needs 1 more story and 1 story told with it as primary.',
    );
    expect(missingText(coverage({ examples: 0, primaryExamples: 0 }), targets)).toBe(
      'Needs 2 more stories and 1 story told with it as primary.',
    );
    expect(missingText(coverage({}), targets)).toBe('');
  });

  it('notes principles whose stories are all old', () => {
    const report = {
      principles: [
        coverage({ recent: false }),
        coverage({ name: 'Frugality', examples: 0, recent: false }),
      ],
    };
    expect(recencyNote(report as never, 3)).toBe('No story from the last 3 years: Dive Deep.');
    expect(recencyNote({ principles: [coverage({})] } as never, 3)).toBeNull();
  });

  it('asks for the date, not a newer story, when the stories say nothing of when', () => {
    const report = {
      principles: [
        coverage({ recent: false }),
        coverage({ name: 'Ownership', recent: false, dated: false }),
      ],
    };
    expect(recencyNote(report as never, 3)).toBe(
      'No story from the last 3 years: Dive Deep. Add when it happened to the stories for Ownership.',
    );
  });
});

describe('the key under the grid', () => {
  const story = (fields: Partial<Story>) => testStory('s1', fields);

  it('says draft, rehearsals and a stretch after a story, and nothing for a plain ready one', () => {
    expect(storyKeyMeta(story({ status: 'ready' }), false, 0)).toBe('');
    expect(storyKeyMeta(story({ status: 'draft' }), false, 0)).toBe('draft');
    expect(storyKeyMeta(story({ status: 'draft' }), true, 2)).toBe(
      'draft · rehearsed twice · carries too many principles as primary',
    );
  });

  it('says state and count after a principle', () => {
    expect(principleKeyMeta(coverage({}))).toBe('covered · 2 stories');
    expect(principleKeyMeta(coverage({ state: 'gap', storyIds: [], examples: 0 }))).toBe(
      'gap · 0 stories',
    );
  });
});
