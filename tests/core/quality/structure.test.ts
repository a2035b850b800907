import { describe, expect, it } from 'vitest';
import { check, goodStory } from './fixtures';

describe('the four STAR parts', () => {
  it.each(['situation', 'task', 'action', 'result'] as const)(
    'fails an empty %s and points at it',
    (part) => {
      const outcome = check(goodStory({ [part]: ' \n\t ' }), `${part}-written`);
      expect(outcome).toMatchObject({ passed: false, field: part, severity: 'problem' });
      expect(outcome.message).toMatch(/^Write the (Situation|Task|Action|Result): /);
    },
  );

  it('passes a written part and counts its words', () => {
    expect(check(goodStory({ task: 'Own the\nrollout.' }), 'task-written').message).toBe(
      'The Task is written (3 words).',
    );
    expect(check(goodStory({ task: 'Rollout.' }), 'task-written').message).toBe(
      'The Task is written (1 word).',
    );
  });
});

describe('headline-written', () => {
  it('asks for a one-sentence headline, as a suggestion', () => {
    const outcome = check(goodStory({ headline: '' }), 'headline-written');
    expect(outcome).toMatchObject({ passed: false, severity: 'suggestion', field: 'headline' });
    expect(check(goodStory(), 'headline-written').passed).toBe(true);
  });
});

describe('principle-mapped and primary-limit', () => {
  const mapped = (primary: number, secondary = 0) =>
    goodStory({
      principles: [
        ...Array.from({ length: primary }, (_, i) => ({
          principleId: `p${i}`,
          strength: 'primary' as const,
        })),
        ...Array.from({ length: secondary }, (_, i) => ({
          principleId: `s${i}`,
          strength: 'secondary' as const,
        })),
      ],
    });

  it('fails a story mapped to no principle', () => {
    const outcome = check(mapped(0), 'principle-mapped');
    expect(outcome).toMatchObject({ passed: false, severity: 'problem', field: 'principles' });
    expect(check(mapped(0, 1), 'principle-mapped').message).toBe('Mapped to 1 principle.');
  });

  it('allows up to the limit of primary principles, secondary ones freely', () => {
    expect(check(mapped(3, 5), 'primary-limit').message).toBe(
      '3 primary principles, within your limit of 3.',
    );
    expect(check(mapped(0, 2), 'primary-limit').passed).toBe(true);
    const over = check(mapped(4), 'primary-limit');
    expect(over).toMatchObject({ passed: false, severity: 'suggestion' });
    expect(over.message).toBe(
      '4 principles are marked primary; keep at most 3 so the story stays focused.',
    );
  });

  it('follows the limit in settings', () => {
    expect(check(mapped(2), 'primary-limit', { maxPrimaryPrinciples: 1 }).passed).toBe(false);
    expect(check(mapped(5), 'primary-limit', { maxPrimaryPrinciples: 5 }).passed).toBe(true);
  });
});
