import { describe, expect, it } from 'vitest';
import { testClient } from '../dispatch-client';
import { testStory } from '../story-factory';

async function withStories() {
  const client = await testClient();
  await client.store.update((bank) => {
    bank.stories.push(
      ...['a', 'b', 'c'].map((id) =>
        testStory(id, { principles: [{ principleId: 'ownership', strength: 'primary' }] }),
      ),
    );
  });
  return client;
}

describe('loops through the contract', () => {
  it('are made from the Amazon PM template, planned, pinned and planned again', async () => {
    const { call, store } = await withStories();
    const loop = await call('loops:create', { name: 'Amazon PM, December', template: 'amazon-pm' });
    expect(loop.rounds).toHaveLength(5);
    expect(store.bank.loops).toHaveLength(1);

    const ownershipRound = loop.rounds.find((r) => r.principleIds.includes('ownership'))!;
    const first = await call('loops:plan', { id: loop.id });
    const slot = first.slots.find(
      (s) => s.roundId === ownershipRound.id && s.principleId === 'ownership',
    )!;
    expect(slot.main).not.toBeNull();

    const other = ['a', 'b', 'c'].find((id) => id !== slot.main && id !== slot.backup)!;
    const pinned = await call('loops:pin', {
      loopId: loop.id,
      roundId: ownershipRound.id,
      principleId: 'ownership',
      role: 'main',
      storyId: other,
    });
    expect(pinned.pins).toHaveLength(1);
    const again = await call('loops:plan', { id: loop.id });
    const now = again.slots.find(
      (s) => s.roundId === ownershipRound.id && s.principleId === 'ownership',
    )!;
    expect(now).toMatchObject({ main: other, pinned: ['main'] });

    const unpinned = await call('loops:pin', {
      loopId: loop.id,
      roundId: ownershipRound.id,
      principleId: 'ownership',
      role: 'main',
      storyId: null,
    });
    expect(unpinned.pins).toEqual([]);
  });

  it('lose the pins of a round that is taken away, and can be deleted', async () => {
    const { call, store } = await withStories();
    const loop = await call('loops:create', { name: 'L', template: 'amazon-pm' });
    const [first, ...rest] = loop.rounds;
    await call('loops:pin', {
      loopId: loop.id,
      roundId: first!.id,
      principleId: 'ownership',
      role: 'main',
      storyId: 'a',
    });
    const updated = await call('loops:update', {
      id: loop.id,
      changes: { rounds: rest, company: 'Acme' },
    });
    expect(updated).toMatchObject({ company: 'Acme', pins: [] });
    expect(updated.rounds).toHaveLength(4);
    expect(await call('loops:delete', { id: loop.id })).toEqual({ removed: 1 });
    expect(store.bank.loops).toEqual([]);
  });

  it('refuse what a loop cannot hold, in words, changing nothing', async () => {
    const { call, store } = await withStories();
    const loop = await call('loops:create', { name: 'L', template: 'blank' });
    const round = {
      id: 'r1',
      interviewer: '',
      interviewerRole: '',
      kind: 'peer' as const,
      principleIds: ['ownership', 'dive-deep', 'frugality', 'think-big', 'earn-trust'],
      notes: '',
      debrief: null,
    };
    const before = store.bank;
    await expect(
      call('loops:update', { id: loop.id, changes: { rounds: [round] } }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      call('loops:update', {
        id: loop.id,
        changes: {
          rounds: [
            { ...round, principleIds: [] },
            { ...round, principleIds: [] },
          ],
        },
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('two rounds with the id "r1"') });
    await expect(
      call('loops:pin', {
        loopId: loop.id,
        roundId: 'r1',
        principleId: 'ownership',
        role: 'main',
        storyId: 'a',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(store.bank).toBe(before);
  });
});

describe('a debrief after a round', () => {
  it('keeps what was asked and told, adds new questions to the set, and the next loop there avoids the story', async () => {
    const { call, store } = await withStories();
    const loop = await call('loops:create', { name: 'Amazon, first', template: 'amazon-pm' });
    const round = loop.rounds.find((r) => r.principleIds.includes('ownership'))!;
    const before = store.bank.principleSets[0]!.principles.find((p) => p.id === 'ownership')!;
    const answer = await call('loops:debrief', {
      loopId: loop.id,
      roundId: round.id,
      debrief: {
        asked: [
          {
            principleId: 'ownership',
            text: 'Tell me about a time you took on something outside your area.',
            storyId: 'a',
          },
          { principleId: 'ownership', text: before.questions[0]!.text.toUpperCase(), storyId: 'b' },
        ],
        rating: 3,
        notes: 'Went deep on metrics.',
      },
    });
    expect(answer.loop.rounds.find((r) => r.id === round.id)?.debrief?.rating).toBe(3);
    const after = answer.sets[0]!.principles.find((p) => p.id === 'ownership')!;
    expect(after.questions).toHaveLength(before.questions.length + 1); // the known one is not added twice
    expect(after.questions.at(-1)?.text).toBe(
      'Tell me about a time you took on something outside your area.',
    );

    const next = await call('loops:create', { name: 'Amazon, second', template: 'amazon-pm' });
    const plan = await call('loops:plan', { id: next.id });
    const mains = plan.slots.map((s) => s.main);
    expect(mains).toContain('c'); // the story not told before is the one planned first
    expect(mains).not.toContain('a');
  });
});
