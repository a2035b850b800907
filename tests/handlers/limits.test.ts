import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/model/schema';
import { setFileText } from '../../src/core/principles/set-file';
import { parseBank } from '../../src/core/store/parse-bank';
import { testClient } from '../dispatch-client';

/** The bank file as the next start would read it. */
async function reread(dataDir: string): Promise<Bank> {
  const outcome = parseBank(await readFile(join(dataDir, 'storybank.json'), 'utf8'));
  if (!outcome.ok) throw new Error(`the reader refuses the file: ${outcome.problem}`);
  return outcome.bank;
}

/** Expects a refusal in these words that leaves the bank exactly as it was, in memory and on disk. */
async function expectRefused(
  client: Awaited<ReturnType<typeof testClient>>,
  attempt: () => Promise<unknown>,
  words: string,
) {
  const before = client.store.bank;
  await expect(attempt()).rejects.toMatchObject({ message: expect.stringContaining(words) });
  expect(client.store.bank).toBe(before);
  expect(await reread(client.dataDir)).toEqual(before);
}

describe('the limits the reader checks, kept by every handler', () => {
  it('a 101st principle set is refused in words', async () => {
    const client = await testClient();
    for (let i = 2; i <= 100; i++) {
      await client.call('principleSets:create', { name: `Set ${i}`, copyOf: null });
    }
    expect(client.store.bank.principleSets).toHaveLength(100);
    await expectRefused(
      client,
      () => client.call('principleSets:create', { name: 'One too many', copyOf: 'amazon-lp' }),
      'Storybank keeps at most 100 principle sets',
    );
    const file = setFileText(client.store.bank.principleSets[0]!);
    await expectRefused(
      client,
      () => client.call('principleSets:import', { file: JSON.parse(file) }),
      'at most 100 principle sets',
    );
  });

  it('a 101st principle in a set is refused in words', async () => {
    const client = await testClient();
    const { createdId } = await client.call('principleSets:create', { name: 'Big', copyOf: null });
    for (let i = 1; i <= 100; i++) {
      await client.call('principles:add', { setId: createdId!, name: `Principle ${i}` });
    }
    await expectRefused(
      client,
      () => client.call('principles:add', { setId: createdId!, name: 'One too many' }),
      'A set holds at most 100 principles',
    );
  });

  it('a story maps only principles a set holds, each once, at most 100', async () => {
    const client = await testClient();
    const story = await client.call('stories:create', { title: 'Mapped a lot' });
    await expectRefused(
      client,
      () =>
        client.call('stories:setMapping', {
          storyId: story.id,
          principleId: 'made-up',
          strength: 'primary',
        }),
      'That principle is no longer in any set',
    );
    await expectRefused(
      client,
      () =>
        client.call('stories:update', {
          id: story.id,
          changes: { principles: [{ principleId: 'made-up', strength: 'primary' }] },
        }),
      'maps the principle "made-up", which no set holds',
    );
    await expectRefused(
      client,
      () =>
        client.call('stories:update', {
          id: story.id,
          changes: {
            principles: [
              { principleId: 'dive-deep', strength: 'primary' },
              { principleId: 'dive-deep', strength: 'secondary' },
            ],
          },
        }),
      'maps the principle "dive-deep" twice',
    );

    const { createdId } = await client.call('principleSets:create', { name: 'Wide', copyOf: null });
    for (let i = 1; i <= 90; i++) {
      await client.call('principles:add', { setId: createdId!, name: `P${i}` });
    }
    const ids = client.store.bank.principleSets.flatMap((set) => set.principles.map((p) => p.id));
    for (const principleId of ids.slice(0, 100)) {
      await client.call('stories:setMapping', {
        storyId: story.id,
        principleId,
        strength: 'secondary',
      });
    }
    await expectRefused(
      client,
      () =>
        client.call('stories:setMapping', {
          storyId: story.id,
          principleId: ids[100]!,
          strength: 'primary',
        }),
      'A story maps to at most 100 principles',
    );
  });

  it('follow-ups of a story keep distinct ids', async () => {
    const client = await testClient();
    const story = await client.call('stories:create', { title: 'Asked twice' });
    await expectRefused(
      client,
      () =>
        client.call('stories:update', {
          id: story.id,
          changes: {
            followUps: [
              { id: 'f', question: 'Why?', answer: '' },
              { id: 'f', question: 'How?', answer: '' },
            ],
          },
        }),
      'two follow-ups with the id "f"',
    );
  });

  it('names it makes up stay within 120 characters: a copy of a long name, an import that clashes', async () => {
    const client = await testClient();
    const long = 'L'.repeat(120);
    await client.call('principleSets:create', { name: long, copyOf: null });
    const copy = await client.call('principleSets:create', { name: long, copyOf: 'amazon-lp' });
    const copied = copy.sets.find((set) => set.id === copy.createdId)!;
    expect(copied.name).toBe(`${'L'.repeat(116)} (2)`);

    const file = JSON.parse(setFileText({ ...copied, name: long }));
    const imported = await client.call('principleSets:import', { file });
    const name = imported.sets.find((set) => set.id === imported.createdId)!.name;
    expect(name).toBe(`${'L'.repeat(116)} (3)`);
    expect(await reread(client.dataDir)).toEqual(client.store.bank);
  });

  it('deleting a set drops the mappings no other set holds, and says which stories changed', async () => {
    const client = await testClient();
    const copy = await client.call('principleSets:create', { name: 'Copy', copyOf: 'amazon-lp' });
    const own = await client.call('principleSets:create', { name: 'Own', copyOf: null });
    const added = await client.call('principles:add', { setId: own.createdId!, name: 'Mine only' });
    const story = await client.call('stories:create', { title: 'Mapped' });
    for (const principleId of ['dive-deep', added.createdId!]) {
      await client.call('stories:setMapping', {
        storyId: story.id,
        principleId,
        strength: 'primary',
      });
    }
    const deletedCopy = await client.call('principleSets:delete', { setId: copy.createdId! });
    expect(deletedCopy.storiesChanged).toEqual([]); // Amazon still holds dive-deep
    const deletedOwn = await client.call('principleSets:delete', { setId: own.createdId! });
    expect(deletedOwn.storiesChanged.map((s) => s.principles)).toEqual([
      [{ principleId: 'dive-deep', strength: 'primary' }],
    ]);
    expect(await reread(client.dataDir)).toEqual(client.store.bank);
  });
});
