import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateBank, generatePractice } from '../../../bench/generate';
import type { PracticeEntry } from '../../../src/core/model/practice-schema';
import { bankRuleProblem, changeProblem, sameJson } from '../../../src/core/model/rules';
import type { Bank } from '../../../src/core/model/schema';
import { parseBankData } from '../../../src/core/store/parse-bank';
import { testStory } from '../../helpers';

/** The reader's verdict on the whole bank, as the next start would read the file. */
function readerAccepts(bank: Bank): boolean {
  const outcome = parseBankData(JSON.parse(JSON.stringify(bank)));
  return outcome.ok && sameJson(outcome.bank, bank);
}

type Edit = (bank: Bank) => void;

/** A rehearsal as the app logs it, or with one field the reader refuses or reads differently. */
const entry = fc
  .record({
    id: fc.constantFrom('new-1', 'new-2', 'same-as-an-old-one'),
    story: fc.nat(),
    stray: fc.boolean(),
    flaw: fc.constantFrom<Partial<Record<keyof PracticeEntry, unknown>>>(
      {},
      {},
      {},
      { seconds: -1 },
      { seconds: 1.5 },
      { rating: 5 },
      { at: 'yesterday' },
      { card: 'poem' },
      { question: ' padded ' },
      { note: 'n'.repeat(2_001) },
      { recording: 'take.mp3' },
      { parts: [1, 2, 3] },
    ),
  })
  .map(({ id, story, stray, flaw }) => (bank: Bank): PracticeEntry => {
    const old = bank.practice[story % bank.practice.length]!;
    return {
      id: id === 'same-as-an-old-one' ? old.id : id,
      storyId: stray ? 'no-such-story' : bank.stories[story % bank.stories.length]!.id,
      card: 'story',
      at: '2026-03-01T09:00:00.000Z',
      seconds: 95,
      rating: 3,
      ...(flaw as Partial<PracticeEntry>),
    };
  });

/** Edits of the practice log: appends (the common change), and the others. */
const practiceEdits: fc.Arbitrary<Edit> = fc.oneof(
  fc.array(entry, { minLength: 1, maxLength: 3 }).map((made) => (bank: Bank) => {
    for (const make of made) bank.practice.push(make(bank));
  }),
  entry.map((make) => (bank: Bank) => void bank.practice.unshift(make(bank))),
  fc.nat().map((at) => (bank: Bank) => void bank.practice.splice(at % bank.practice.length, 1)),
  fc.record({ at: fc.nat(), rating: fc.constantFrom(1, 4, 7) }).map(({ at, rating }) => {
    return (bank: Bank) => {
      (bank.practice[at % bank.practice.length] as { rating: number }).rating = rating;
    };
  }),
  fc.nat().map((story) => (bank: Bank) => void bank.stories.splice(story % bank.stories.length, 1)),
  fc.nat().map((story) => (bank: Bank) => {
    bank.stories[story % bank.stories.length]!.id = 'renamed';
  }),
);

/** Edits of every part of a bank, most of them breaking a rule, some of them fine. */
const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .record({
      story: fc.nat(),
      field: fc.constantFrom('title', 'headline', 'company', 'action'),
      value: fc.constantFrom('', ' padded', 'fine', 'x'.repeat(201), 'y'.repeat(401)),
    })
    .map(({ story, field, value }) => (bank: Bank) => {
      const target = bank.stories[story % bank.stories.length]!;
      target[field] = value;
    }),
  fc
    .record({ story: fc.nat(), id: fc.constantFrom('dive-deep', 'ownership', 'made-up') })
    .map(({ story, id }) => (bank: Bank) => {
      bank.stories[story % bank.stories.length]!.principles.push({
        principleId: id,
        strength: 'secondary',
      });
    }),
  fc
    .record({ story: fc.nat(), id: fc.constantFrom('f1', 'f2') })
    .map(({ story, id }) => (bank: Bank) => {
      bank.stories[story % bank.stories.length]!.followUps.push({
        id,
        question: 'Why?',
        answer: '',
      });
    }),
  fc.nat().map((story) => (bank: Bank) => {
    const original = bank.stories[story % bank.stories.length]!;
    bank.stories.push(testStory('copy', { id: original.id }));
  }),
  fc.constantFrom('fresh', 'story-0').map((id) => (bank: Bank) => {
    bank.stories.push(testStory('new', { id }));
  }),
  fc.constantFrom('', 'Renamed', 'N'.repeat(121)).map((name) => (bank: Bank) => {
    bank.principleSets[0]!.name = name;
  }),
  fc.constantFrom('customer-obsession', 'brand-new').map((id) => (bank: Bank) => {
    bank.principleSets[0]!.principles.push({
      id,
      name: 'Another',
      description: '',
      frequency: 2,
      questions: [],
    });
  }),
  fc.constantFrom('amazon-lp', 'other').map((id) => (bank: Bank) => {
    bank.principleSets.push({ id, name: 'Second', builtIn: false, principles: [] });
  }),
  fc.constant((bank: Bank) => {
    bank.principleSets[0]!.principles.shift(); // stories may map it
  }),
  fc.constantFrom('amazon-lp', 'gone').map((id) => (bank: Bank) => {
    bank.activeSetId = id;
  }),
  fc.constantFrom(140, 500, 59).map((rate) => (bank: Bank) => {
    bank.settings.speakingRateWpm = rate;
  }),
  fc.constant((bank: Bank) => {
    (bank.settings as Record<string, unknown>).stray = true;
  }),
  { arbitrary: practiceEdits, weight: 4 }, // six kinds in one
);

describe('the check of one change against the reader', () => {
  const start = generateBank(12);
  start.practice = generatePractice(start.stories, 40);

  it('agrees with a full read of the whole bank, for any few edits', () => {
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 3 }), (changes) => {
        const after = produce(start, (draft) => {
          for (const change of changes) change(draft);
        });
        expect(changeProblem(start, after) === null).toBe(readerAccepts(after));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives the answer of the whole check when it checks only what changed', () => {
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 3 }), (changes) => {
        const after = produce(start, (draft) => {
          for (const change of changes) change(draft);
        });
        expect(bankRuleProblem(after, start)).toBe(bankRuleProblem(after));
      }),
      { numRuns: 2_000 },
    );
  });

  it('says what is wrong in words', () => {
    const twice = produce(
      start,
      (draft) => void draft.stories.push(testStory('x', { id: 'story-1' })),
    );
    expect(changeProblem(start, twice)).toBe('two stories have the id "story-1"');
    const many = produce(start, (draft) => {
      for (let i = 0; i < 101; i++) {
        draft.principleSets.push({ id: `s${i}`, name: `S${i}`, builtIn: false, principles: [] });
      }
    });
    expect(changeProblem(start, many)).toBe('a bank holds at most 100 principle sets');
    const long = produce(start, (draft) => void (draft.principleSets[0]!.name = 'n'.repeat(121)));
    expect(changeProblem(start, long)).toBe('a name holds at most 120 characters');
    const old = start.practice[7]!;
    const again = produce(start, (draft) => void draft.practice.push({ ...old, seconds: 20 }));
    expect(changeProblem(start, again)).toBe(`two rehearsals have the id "${old.id}"`);
    const stray = produce(start, (draft) => {
      draft.practice.push({ ...old, id: 'new', storyId: 'gone' });
    });
    expect(changeProblem(start, stray)).toBe(
      'a rehearsal is of the story "gone", which the bank does not hold',
    );
  });
});
