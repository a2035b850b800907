import fc from 'fast-check';
import { newBank } from '../../../src/core/model/bank';
import { CARD_KINDS } from '../../../src/core/model/practice-schema';
import type { Bank } from '../../../src/core/model/schema';
import { toChunks } from '../../../src/core/rehearsal/audio';
import { testStory } from '../../helpers';

/*
 * The rehearsal channels for the write-path property test (write-path.property.test.ts):
 * rehearsals with and without audio, sensible and not, and the recordings' own channels.
 */

interface Shared {
  index: fc.Arbitrary<number>;
  text: fc.Arbitrary<string>;
  storyId: (bank: Bank, i: number) => string;
  pick: <T>(items: readonly T[], index: number) => T | undefined;
}

/** Audio as the renderer sends it, or pieces that are not base64 or not there. */
const audio = fc.record({
  type: fc.constantFrom('audio/webm', 'audio/ogg', 'audio/mp4', 'audio/webm', 'audio/wav'),
  chunks: fc.oneof(
    { weight: 4, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 20_000 }).map(toChunks) },
    { weight: 1, arbitrary: fc.constantFrom(['@@'], ['QUJD', 'a'], ['QQ==', 'QUJD'], []) },
  ),
});

export function practiceCommands<C>(
  call: <T>(channel: string, arb: fc.Arbitrary<T>, input: (args: T, bank: Bank) => unknown) => C,
  { index, text, storyId, pick }: Shared,
): C[] {
  /** One rehearsal, sensible or not, with or without audio. */
  const record = call(
    'practice:record',
    fc.record({
      story: index,
      card: fc.constantFrom(...CARD_KINDS),
      question: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: fc.constantFrom('Why this role?', ' Tell me about a conflict. ') },
        { weight: 1, arbitrary: text },
      ),
      seconds: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 0, max: 3_600 }) },
        { weight: 1, arbitrary: fc.constantFrom(3_601, -1, 2.5) },
      ),
      rating: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(1, 2, 3, 4) },
        { weight: 1, arbitrary: fc.constantFrom(0, 5) },
      ),
      parts: fc.option(
        fc.constantFrom([10, 20, 60, 30], [0, 0, 0, 0], [5, 5, 70, 20], [1, 2, 3], [-1, 0, 0, 0]),
      ),
      note: fc.option(text, { freq: 2 }),
      audio: fc.option(audio, { freq: 2 }),
    }),
    (a, bank) => ({
      storyId: storyId(bank, a.story),
      card: a.card,
      seconds: a.seconds,
      rating: a.rating,
      ...(a.question !== null && { question: a.question }),
      ...(a.parts !== null && { parts: a.parts }),
      ...(a.note !== null && { note: a.note }),
      ...(a.audio !== null && { audio: a.audio }),
    }),
  );
  return [
    // Rehearsals are the log's everyday write: drawn three times as often as the rest.
    record,
    record,
    record,
    ...(['practice:deleteRecording', 'practice:recording'] as const).map((channel) =>
      call(channel, index, (i, bank) => ({
        entryId: pick(bank.practice, i)?.id ?? 'no-such-entry',
      })),
    ),
    ...(['recordings:deleteAll', 'recordings:info'] as const).map((channel) =>
      call(channel, fc.constant(null), () => ({})),
    ),
  ];
}

/** A story told once already: something to rehearse from the first call. */
export function toldBank(): Bank {
  const bank = newBank();
  bank.stories.push(testStory('Told', { action: 'I rebuilt it.' }));
  bank.practice.push({
    id: 'told-once',
    storyId: 'Told',
    card: 'story',
    at: '2026-01-01T09:00:00.000Z',
    seconds: 110,
    rating: 3,
  });
  return bank;
}
