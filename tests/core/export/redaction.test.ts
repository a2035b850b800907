import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, findConfidential, redact } from '../../../src/core/export';
import { sampleBank } from './sample-bank';

describe('redact', () => {
  it('masks a term in any case, as a whole term only', () => {
    expect(redact('Acme shipped; ACME paid; acmeville did not', ['acme'])).toBe(
      `${REDACTED} shipped; ${REDACTED} paid; acmeville did not`,
    );
    expect(redact("Acme's board", ['Acme'])).toBe(`${REDACTED}'s board`);
  });

  it('masks terms that start or end with punctuation', () => {
    expect(redact('We kept $4.2M of revenue.', ['$4.2M'])).toBe(`We kept ${REDACTED} of revenue.`);
    expect(redact('We kept $4.2MM', ['$4.2M'])).toBe('We kept $4.2MM');
    expect(redact('We kept $14.2M', ['4.2M'])).toBe('We kept $14.2M');
    expect(redact('At Acme Corp. we', ['Acme Corp.'])).toBe(`At ${REDACTED} we`);
    expect(redact('(Acme Corp.)', ['Acme Corp.'])).toBe(`(${REDACTED})`);
  });

  it('prefers the longer term and matches spaces loosely', () => {
    expect(redact('Acme Corp. and Acme', ['Acme', 'Acme Corp.'])).toBe(
      `${REDACTED} and ${REDACTED}`,
    );
    expect(redact('Acme\n  Corp. signed', ['Acme Corp.'])).toBe(`${REDACTED} signed`);
  });

  it('treats regular-expression characters literally', () => {
    expect(redact('a+b (c) [d] a.b', ['a+b', '(c)', '[d]'])).toBe(
      `${REDACTED} ${REDACTED} ${REDACTED} a.b`,
    );
    expect(redact('axb', ['a.b'])).toBe('axb');
  });

  it('handles accents and non-Latin scripts as letters', () => {
    expect(redact('Zürich office, Zürichsee', ['zürich'])).toBe(`${REDACTED} office, Zürichsee`);
    expect(redact('شركة أكمي للتقنية', ['أكمي'])).toBe(`شركة ${REDACTED} للتقنية`);
  });

  it('masks a term written in another Unicode form, in any case', () => {
    const composed = 'Société Générale'.normalize('NFC');
    const decomposed = 'Société Générale'.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(redact(`Signed with ${composed}.`, [decomposed])).toBe(`Signed with ${REDACTED}.`);
    expect(redact(`Signed with ${decomposed}.`, [composed])).toBe(`Signed with ${REDACTED}.`);
    expect(redact(`SOCIÉTÉ GÉNÉRALE`.normalize('NFD'), [composed.toLowerCase()])).toBe(REDACTED);
    const story = { ...sampleBank().stories[0]!, situation: `${composed} and ${decomposed}` };
    expect(findConfidential([story], [decomposed])).toMatchObject([
      { field: 'situation', count: 2 },
    ]);
  });

  it('leaves no accented term behind, whichever form term and text take', () => {
    const word = fc
      .stringMatching(/^[a-zé ü ñ å ç ø]{3,12}$/)
      .filter((w) => w.trim() === w && w.length >= 3);
    const form = fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD');
    fc.assert(
      fc.property(
        word,
        form,
        form,
        fc.string({ maxLength: 20 }),
        (term, termForm, textForm, around) => {
          const text = `${around} ${term} ${around}`.normalize(textForm);
          const masked = redact(text, [term.normalize(termForm)]);
          expect(masked.normalize('NFC').toLowerCase()).not.toContain(` ${term.normalize('NFC')} `);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves text alone with no terms or blank ones', () => {
    expect(redact('Acme', [])).toBe('Acme');
    expect(redact('Acme', ['  ', ''])).toBe('Acme');
  });
});

describe('findConfidential', () => {
  it('lists each term by story and field with a count, skipping trashed stories', () => {
    const bank = sampleBank();
    bank.stories.find((s) => s.id === 'trashed')!.situation = 'Acme Corp. again';
    bank.stories.find((s) => s.id === 'latency')!.followUps = [
      { id: 'q', question: 'Was it Acme Corp.?', answer: 'Yes, acme corp. and $4.2M.' },
    ];
    const matches = findConfidential(bank, ['Acme Corp.', '$4.2M']);
    expect(matches).toEqual(
      expect.arrayContaining([
        {
          term: 'Acme Corp.',
          storyId: 'billing',
          storyTitle: 'Rescued the billing migration',
          field: 'situation',
          count: 1,
        },
        expect.objectContaining({ term: 'Acme Corp.', storyId: 'billing', field: 'company' }),
        expect.objectContaining({ term: '$4.2M', storyId: 'billing', field: 'result' }),
        expect.objectContaining({
          term: 'Acme Corp.',
          storyId: 'latency',
          field: 'followUps',
          count: 2,
        }),
        expect.objectContaining({
          term: '$4.2M',
          storyId: 'latency',
          field: 'followUps',
          count: 1,
        }),
      ]),
    );
    expect(matches).toHaveLength(5);
    expect(matches.some((m) => m.storyId === 'trashed')).toBe(false);
  });

  it('accepts a list of stories and finds nothing without terms', () => {
    const stories = sampleBank().stories.slice(0, 1);
    expect(findConfidential(stories, ['acme corp.'])).toHaveLength(2);
    expect(findConfidential(stories, [])).toEqual([]);
  });
});
