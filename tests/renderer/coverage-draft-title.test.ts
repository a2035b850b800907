import { describe, expect, it } from 'vitest';
import { AMAZON_PRINCIPLES } from '../../src/core/principles/amazon-seed';
import { DRAFT_TITLE_CHARS, draftTitle } from '../../src/renderer/src/lib/coverage-draft-title';

describe('draftTitle', () => {
  it('makes a short title from the question, cut where its phrase ends', () => {
    expect(
      draftTitle(
        'Customer Obsession',
        'Tell me about a time you changed a product decision because of what you learned directly from customers.',
      ),
    ).toBe('Customer Obsession: changed a product decision');
    expect(
      draftTitle(
        'Ownership',
        'Describe a decision where you gave up a short-term win to protect a long-term result for the product.',
      ),
    ).toBe('Ownership: gave up a short-term win');
  });

  it('keeps a question that fits whole, in the person’s own words', () => {
    expect(
      draftTitle('Earn Trust', 'Describe a situation where you admitted a mistake to your team.'),
    ).toBe('Earn Trust: admitted a mistake to my team');
    expect(
      draftTitle(
        'Learn and Be Curious',
        'Describe a situation where curiosity led you to a product insight that others had missed.',
      ),
    ).toBe('Learn and Be Curious: curiosity led me to a product insight');
  });

  it('stops before ", and how you…": that is the story, not its title', () => {
    expect(
      draftTitle(
        'Ownership',
        'Tell me about a time a project you owned failed, and how you fixed it.',
      ),
    ).toBe('Ownership: a project I owned failed');
  });

  it('names a principle of two phrases by its first', () => {
    expect(
      draftTitle(
        'Have Backbone; Disagree and Commit',
        'Describe a situation where you pushed back on a senior leader using data.',
      ),
    ).toBe('Have Backbone: pushed back on a senior leader using data');
  });

  it('is the principle’s name without a question', () => {
    expect(draftTitle('Frugality', null)).toBe('Frugality');
    expect(draftTitle('Frugality', '  ')).toBe('Frugality');
  });

  it('drops words rather than cut one, and never ends on a word that promises more', () => {
    const title = draftTitle(
      'Dive Deep',
      'Tell me about a time you investigated an extraordinarily complicated, multi-quarter, cross-organisational reliability regression.',
    );
    expect(title.length).toBeLessThanOrEqual(DRAFT_TITLE_CHARS + 10);
    expect(title).toMatch(/^Dive Deep: investigated an extraordinarily complicated/);
  });

  // Every built-in question: short, whole words, no ellipsis, no dangling word at the end.
  const questions = AMAZON_PRINCIPLES.flatMap((principle) =>
    principle.questions.map((question) => [principle.name, question] as const),
  );
  it.each(questions)('%s: “%s” gives a short, whole title', (name, question) => {
    const title = draftTitle(name, question);
    const short = name.split(';')[0]!.trim();
    expect(title.startsWith(`${short}: `)).toBe(true);
    expect(title.length).toBeLessThanOrEqual(Math.max(DRAFT_TITLE_CHARS, short.length + 34) + 10);
    expect(title).not.toMatch(/…|\.\.\.|[,;:—-]$/);
    const gist = title.slice(short.length + 2);
    expect(gist.split(' ').length).toBeGreaterThanOrEqual(2);
    // A whole clause may end on its preposition ("a decision I disagreed with"); never on these.
    expect(gist).not.toMatch(/\b(and|or|the|a|an|my|because|that|which|when|where|to)$/i);
    // Every word is the question's own (or its first-person form): nothing is made up or cut.
    const words = new Set(
      question
        .toLowerCase()
        .replace(/[.,;?!]/g, '')
        .split(/\s+/)
        .concat(['i', 'me', 'my', 'myself', 'was']),
    );
    for (const word of gist.toLowerCase().split(' ')) expect(words).toContain(word);
  });
});
