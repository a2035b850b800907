import { describe, expect, it } from 'vitest';
import type { PrincipleCoverage } from '../../src/core/coverage/coverage';
import {
  cellLabel,
  draftTitle,
  principleHeaderLabel,
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

describe('draftTitle', () => {
  it('turns the chosen question into a short working title', () => {
    expect(
      draftTitle(
        'Dive Deep',
        'Tell me about a time you found the root cause of a metric nobody could explain.',
      ),
    ).toBe('Draft: Dive Deep — you found the root cause of a metric nobody could explain');
  });

  it('shortens long questions and works without one', () => {
    expect(
      draftTitle(
        'Ownership',
        'Describe a situation where you took on something outside your role because nobody else would, and what it cost you.',
      ),
    ).toBe('Draft: Ownership — you took on something outside your role because nobody else would…');
    expect(draftTitle('Frugality', null)).toBe('Draft: Frugality');
  });
});
