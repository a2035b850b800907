import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/model/schema';
import { toChunks } from '../../src/core/rehearsal/audio';
import type { BankView } from '../../src/shared/contract';
import {
  viewWithPractice,
  viewWithSets,
  viewWithSettings,
  viewWithStory,
  viewWithoutRecordings,
  viewWithoutTrash,
} from '../../src/renderer/src/lib/view-edits';
import { testClient } from '../dispatch-client';

type Client = Awaited<ReturnType<typeof testClient>>;
/** One edit as the renderer makes it: the call, then what it does to its own copy. */
type Edit = (client: Client, view: BankView) => Promise<BankView>;

const pick = <T>(items: readonly T[], i: number) => items[i % Math.max(items.length, 1)];
const storyIdOf = (bank: Bank, i: number) => pick(bank.stories, i)?.id ?? 'gone';

const edits: fc.Arbitrary<Edit>[] = [
  fc.string({ minLength: 1, maxLength: 12 }).map(
    (title) =>
      async ({ call }, view) =>
        viewWithStory(view, await call('stories:create', { title: `t ${title}` })),
  ),
  fc.record({ i: fc.nat(), result: fc.string({ maxLength: 20 }) }).map(
    ({ i, result }) =>
      async ({ call, store }, view) =>
        viewWithStory(
          view,
          await call('stories:update', { id: storyIdOf(store.bank, i), changes: { result } }),
        ),
  ),
  ...(['stories:delete', 'stories:restore'] as const).map((channel) =>
    fc.nat().map(
      (i) =>
        async ({ call, store }: Client, view: BankView) =>
          viewWithStory(view, await call(channel, { id: storyIdOf(store.bank, i) })),
    ),
  ),
  fc.nat().map((i) => async ({ call, store }: Client, view: BankView) => {
    const id = storyIdOf(store.bank, i);
    return viewWithStory(view, await call('stories:duplicate', { id }), id);
  }),
  fc.constant(async ({ call }: Client, view: BankView) => {
    await call('trash:empty');
    return viewWithoutTrash(view);
  }),
  fc
    .record({ i: fc.nat(), p: fc.nat(), s: fc.constantFrom('primary', 'secondary', null) })
    .map(({ i, p, s }) => async ({ call, store }, view) => {
      const ids = store.bank.principleSets.flatMap((set) => set.principles.map((x) => x.id));
      const answer = await call('stories:setMapping', {
        storyId: storyIdOf(store.bank, i),
        principleId: pick(ids, p)!,
        strength: s as 'primary' | 'secondary' | null,
      });
      return viewWithStory(view, answer);
    }),
  fc.integer({ min: 80, max: 200 }).map(
    (rate) =>
      async ({ call }: Client, view: BankView) =>
        viewWithSettings(
          view,
          await call('settings:update', { changes: { speakingRateWpm: rate } }),
        ),
  ),
  fc.record({ set: fc.nat(), p: fc.nat() }).map(({ set, p }) => async ({ call, store }, view) => {
    const chosen = pick(store.bank.principleSets, set)!;
    const principleId = pick(chosen.principles, p)?.id ?? 'gone';
    return viewWithSets(view, await call('principles:remove', { setId: chosen.id, principleId }));
  }),
  fc.boolean().map(
    (copy) =>
      async ({ call }: Client, view: BankView) =>
        viewWithSets(
          view,
          await call('principleSets:create', { name: 'Mine', copyOf: copy ? 'amazon-lp' : null }),
        ),
  ),
  fc.nat().map((set) => async ({ call, store }: Client, view: BankView) => {
    const setId = pick(store.bank.principleSets, set)!.id;
    return viewWithSets(view, await call('principleSets:delete', { setId }));
  }),
  fc
    .record({ i: fc.nat(), recorded: fc.boolean(), rating: fc.constantFrom(1, 2, 3, 4) })
    .map(({ i, recorded, rating }) => async ({ call, store }: Client, view: BankView) => {
      const entry = await call('practice:record', {
        storyId: storyIdOf(store.bank, i),
        card: 'story',
        seconds: 100,
        rating: rating as 1 | 2 | 3 | 4,
        ...(recorded && {
          audio: { type: 'audio/webm' as const, chunks: toChunks(Uint8Array.of(i % 256, 1, 2)) },
        }),
      });
      return viewWithPractice(view, entry);
    }),
  fc.nat().map((i) => async ({ call, store }: Client, view: BankView) => {
    const entryId = pick(store.bank.practice, i)?.id ?? 'gone';
    return viewWithPractice(view, await call('practice:deleteRecording', { entryId }));
  }),
  // A story is rehearsed, goes to the Trash, and the Trash is emptied: its log goes too.
  fc.nat().map((i) => async ({ call, store }: Client, view: BankView) => {
    const id = storyIdOf(store.bank, i);
    const audio = { type: 'audio/ogg' as const, chunks: toChunks(Uint8Array.of(1, 2, 3)) };
    const entry = await call('practice:record', {
      storyId: id,
      card: 'short-30',
      seconds: 30,
      rating: 2,
      audio,
    });
    const trashed = viewWithStory(
      viewWithPractice(view, entry),
      await call('stories:delete', { id }),
    );
    await call('trash:empty');
    return viewWithoutTrash(trashed);
  }),
  fc.constant(async ({ call }: Client, view: BankView) => {
    await call('recordings:deleteAll');
    return viewWithoutRecordings(view);
  }),
];

describe('the renderer’s copy of the bank', () => {
  it('equals the bank the handlers made, after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...edits), { maxLength: 30 }), async (sequence) => {
        const client = await testClient();
        // A story to rehearse from the first edit on.
        await client.call('stories:create', { title: 'First' });
        let view = await client.call('bank:load');
        for (const edit of sequence) {
          // A refused edit changes neither side; the renderer shows the message instead.
          view = await edit(client, view).catch(() => view);
          expect(view.bank).toEqual(client.store.bank);
        }
      }),
      { numRuns: 40 },
    );
  });
});
