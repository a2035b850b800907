import { describe, expect, it } from 'vitest';
import { emptyStoryContent, newBank } from '../../src/core/model/bank';
import { bankRuleProblem, knownPrincipleIds } from '../../src/core/model/rules';
import { DEFAULT_SETTINGS, type Story } from '../../src/core/model/schema';
import { openChecks, runChecks } from '../../src/core/quality';
import { countWords } from '../../src/core/quality/text';
import { sampleStory, SAMPLE_TAG } from '../../src/renderer/src/components/sample-story';
import { contract } from '../../src/shared/contract';

const known = knownPrincipleIds(newBank());

describe('the sample story offered on an empty bank', () => {
  it('is what stories:create takes and the bank keeps, and passes every check', () => {
    const today = new Date();
    // As the channel reads it and the handler stores it (the e2e test creates it for real).
    const fields = contract['stories:create'].input.parse(sampleStory(today, known));
    const story: Story = {
      ...emptyStoryContent(fields.title),
      ...fields,
      id: 'sample',
      createdAt: today.toISOString(),
      updatedAt: today.toISOString(),
      deletedAt: null,
    };
    expect(bankRuleProblem({ ...newBank(), stories: [story] })).toBeNull();
    const results = runChecks(story, DEFAULT_SETTINGS, today);
    expect(openChecks(results).map((check) => `${check.id}: ${check.message}`)).toEqual([]);
    // Judged, not waved through because a part was too short to weigh; only the failure
    // checks stand aside, as this is not a failure story.
    expect(results.filter((check) => !check.judged).map((check) => check.id)).toEqual([
      'failure-lesson',
      'failure-tagged',
    ]);
  });

  it('is marked as a sample, in its title and its tag', () => {
    const story = sampleStory(new Date(), known);
    expect(story.title).toMatch(/^Sample: /);
    expect(story.tags).toEqual([SAMPLE_TAG]);
  });

  it('is a two-minute story, the Action the bulk of it, in the first person', () => {
    const story = sampleStory(new Date(), known);
    const parts = [story.situation, story.task, story.action, story.result].map((text) =>
      countWords(text ?? ''),
    );
    const total = parts.reduce((sum, words) => sum + words, 0);
    expect(total).toBeGreaterThanOrEqual(230);
    expect(total).toBeLessThanOrEqual(300);
    expect(parts[2]! / total).toBeGreaterThan(0.5);
  });

  it('maps two Amazon principles, and only principles the bank holds', () => {
    expect(sampleStory(new Date(), known).principles).toEqual([
      { principleId: 'dive-deep', strength: 'primary' },
      { principleId: 'customer-obsession', strength: 'secondary' },
    ]);
    expect(sampleStory(new Date(), new Set(['dive-deep'])).principles).toEqual([
      { principleId: 'dive-deep', strength: 'primary' },
    ]);
  });

  it.each([
    ['2026-01-15T12:00:00', '2025-05'],
    ['2026-08-31T12:00:00', '2025-12'],
    ['2027-12-01T12:00:00', '2027-04'],
  ])('on %s it happened in %s: within the last two years, whatever the day', (day, when) => {
    const today = new Date(day);
    const story = sampleStory(today, known);
    expect(story.when).toBe(when);
    const content = { ...emptyStoryContent(story.title), ...story };
    const recent = runChecks(content, DEFAULT_SETTINGS, today);
    expect(recent.find((check) => check.id === 'recent')?.passed).toBe(true);
  });
});
