import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testClient } from '../../dispatch-client';
import { describe, expect, it } from 'vitest';
import { generateBank } from '../../../bench/generate';
import { newBank } from '../../../src/core/model/bank';
import { CURRENT_SCHEMA_VERSION, type Bank } from '../../../src/core/model/schema';
import { testStory } from '../../helpers';

async function setup() {
  return testClient({ now: () => new Date('2026-11-27T10:00:00Z') });
}

const bankWith = (...titles: [string, string][]): Bank => {
  const bank = newBank();
  bank.stories = titles.map(([title, updatedAt]) => testStory(title, { updatedAt }));
  return bank;
};

describe('a whole-bank JSON export', () => {
  it('imports back (replace) as an equal bank, after a backup of the old one', async () => {
    const source = await setup();
    await source.store.update((bank) => {
      bank.stories.push(testStory('Billing migration', { tags: ['failure'], when: '2025-02' }));
      bank.settings.speakingRateWpm = 150;
    });
    const exported = await source.call('bank:exportJson');
    expect(exported.fileName).toBe('Storybank backup 2026-11-27.json');

    const target = await setup();
    await target.store.update((bank) => bank.stories.push(testStory('Replaced')));
    await target.call('bank:import', {
      file: JSON.parse(exported.text),
      mode: 'replace',
    });
    expect(target.store.bank).toEqual(source.store.bank);
    const backups = await readdir(join(target.dataDir, 'backups'));
    const before = backups.find((name) => name.endsWith('-pre-import.json'))!;
    const saved = JSON.parse(await readFile(join(target.dataDir, 'backups', before), 'utf8'));
    expect(saved.stories[0].title).toBe('Replaced');
  });

  it('is larger than an ordinary request allows, and still imports', async () => {
    const { call, store } = await setup();
    const big = generateBank(400);
    expect(JSON.stringify(big).length).toBeGreaterThan(1_000_000);
    await call('bank:import', { file: big, mode: 'replace' });
    expect(store.bank.stories).toHaveLength(400);
  });
});

describe('merging a file into the bank', () => {
  it('adds new stories, takes newer edits, keeps ours where ours is newer', async () => {
    const { call, store } = await setup();
    await store.update((bank) => {
      bank.stories = bankWith(
        ['mine only', '2026-01-01T00:00:00Z'],
        ['edited there later', '2026-01-01T00:00:00Z'],
        ['edited here later', '2026-03-01T00:00:00Z'],
      ).stories;
    });
    const theirs = bankWith(
      ['edited there later', '2026-02-01T00:00:00Z'],
      ['edited here later', '2026-02-01T00:00:00Z'],
      ['theirs only', '2026-02-01T00:00:00Z'],
    );
    theirs.stories[0]!.result = 'Their newer text.';
    theirs.stories[1]!.result = 'Their older text.';
    theirs.principleSets.push({
      id: 'globex',
      name: 'Globex values',
      builtIn: false,
      principles: [],
    });

    const preview = await call('bank:importPreview', { file: theirs });
    expect(preview).toEqual({
      added: ['theirs only'],
      changed: ['edited there later'],
      kept: 1,
      addedSets: ['globex'],
      totalInFile: 3,
    });
    expect(store.bank.stories).toHaveLength(3); // a preview changes nothing

    await call('bank:import', { file: theirs, mode: 'merge' });
    const byTitle = new Map(store.bank.stories.map((s) => [s.title, s]));
    expect([...byTitle.keys()]).toEqual([
      'mine only',
      'edited there later',
      'edited here later',
      'theirs only',
    ]);
    expect(byTitle.get('edited there later')?.result).toBe('Their newer text.');
    expect(byTitle.get('edited here later')?.result).toBe('');
    expect(store.bank.principleSets.map((set) => set.id)).toEqual(['amazon-lp', 'globex']);
  });
});

describe('a file whose ids repeat', () => {
  const twiceOver: [string, (bank: Bank) => void, string][] = [
    [
      'two stories "x"',
      (b) => b.stories.push(testStory('x'), testStory('x')),
      'two stories have the id "x"',
    ],
    [
      'two sets "plain"',
      (b) => {
        const plain = { id: 'plain', name: 'Plain', builtIn: false, principles: [] };
        b.principleSets.push(plain, { ...plain, name: 'Plain again' });
      },
      'two principle sets have the id "plain"',
    ],
    [
      'two principles "p" in one set',
      (b) => {
        const p = { id: 'p', name: 'P', description: '', frequency: 2 as const, questions: [] };
        b.principleSets.push({ id: 'plain', name: 'Plain', builtIn: false, principles: [p, p] });
      },
      'the set “Plain” has two principles with the id "p"',
    ],
  ];
  it.each(twiceOver)(
    '(%s) is refused, naming the duplicate, and nothing changes',
    async (_name, make, words) => {
      const { call, store } = await setup();
      await store.update((bank) => void bank.stories.push(testStory('kept')));
      const before = store.bank;
      const file = newBank();
      make(file);
      for (const mode of ['replace', 'merge'] as const) {
        await expect(call('bank:import', { file, mode })).rejects.toMatchObject({
          message: expect.stringContaining(words),
        });
      }
      expect(store.bank).toBe(before);
    },
  );
});

describe('merging stories mapped to a set the bank has in another version', () => {
  it('brings that version in as a copy, so no mapping points nowhere', async () => {
    const { call, store } = await setup();
    await store.update((bank) => {
      bank.principleSets.push({ id: 'values', name: 'Values', builtIn: false, principles: [] });
    });
    const theirs = newBank();
    theirs.principleSets.push({
      id: 'values',
      name: 'Values',
      builtIn: false,
      principles: [
        { id: 'be-kind', name: 'Be kind', description: '', frequency: 2, questions: [] },
      ],
    });
    theirs.stories.push(
      testStory('Kind to a customer', {
        principles: [{ principleId: 'be-kind', strength: 'primary' }],
      }),
    );
    const preview = await call('bank:importPreview', { file: theirs });
    expect(preview.addedSets).toEqual(['values']);
    await call('bank:import', { file: theirs, mode: 'merge' });
    const copy = store.bank.principleSets.find((set) => set.id === 'values-imported');
    expect(copy).toMatchObject({ name: 'Values (imported)', principles: [{ id: 'be-kind' }] });
    expect(store.bank.principleSets.find((set) => set.id === 'values')!.principles).toEqual([]);
    expect(store.bank.stories[0]!.principles).toEqual([
      { principleId: 'be-kind', strength: 'primary' },
    ]);
  });
});

describe('a bad file', () => {
  it.each([
    ['not a bank', { hello: 'world' }, "can't be imported"],
    ['schema-invalid', { ...newBank(), stories: [{ title: 5 }] }, "can't be imported"],
    [
      'from a newer Storybank',
      { ...newBank(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
      'newer Storybank',
    ],
  ])(
    '(%s) is refused in words, changing nothing and taking no backup',
    async (_name, file, words) => {
      const { call, store } = await setup();
      await store.update((bank) => bank.stories.push(testStory('kept')));
      for (const mode of ['replace', 'merge'] as const) {
        await expect(call('bank:import', { file, mode })).rejects.toMatchObject({
          message: expect.stringContaining(words),
        });
      }
      await expect(call('bank:importPreview', { file })).rejects.toThrow();
      expect(store.bank.stories.map((s) => s.title)).toEqual(['kept']);
      expect(await store.listBackups()).toEqual([]);
    },
  );

  it('from an older Storybank is migrated on the way in', async () => {
    const { call, store } = await setup();
    const v1 = JSON.parse(await readFile(join(__dirname, '../fixtures/bank-v1.json'), 'utf8'));
    await call('bank:import', { file: v1, mode: 'merge' });
    expect(store.bank.stories.map((s) => s.title)).toEqual([
      'Billing migration',
      'Pricing page test',
    ]);
  });
});

describe('the Markdown export', () => {
  it('is one readable file with every story in full, and can leave drafts out', async () => {
    const { call, store } = await setup();
    await store.update((bank) => {
      bank.stories.push(
        testStory('Billing migration', {
          status: 'ready',
          headline: 'Moved 40k accounts with zero lost invoices.',
          situation: 'Legacy billing failed weekly.',
          action: 'I wrote the cut-over plan.\nI ran the dry runs.',
          principles: [{ principleId: 'dive-deep', strength: 'primary' }],
          followUps: [{ id: 'f', question: 'Who pushed back?', answer: 'Finance, at first.' }],
        }),
        testStory('Unfinished draft'),
      );
    });
    const all = await call('bank:exportMarkdown');
    expect(all.fileName).toBe('Storybank stories 2026-11-27.md');
    expect(all.text).toContain('## Billing migration');
    expect(all.text).toContain('*Moved 40k accounts with zero lost invoices.*');
    expect(all.text).toContain('**Principles:** Dive Deep (primary)');
    expect(all.text).toContain('### Action\n\nI wrote the cut-over plan.\nI ran the dry runs.');
    expect(all.text).toContain('**Who pushed back?**\n\nFinance, at first.');
    expect(all.text).toContain('## Unfinished draft');
    const ready = await call('bank:exportMarkdown', { readyOnly: true });
    expect(ready.text).not.toContain('Unfinished draft');
  });

  it('masks confidential terms by default, and counts the places', async () => {
    const { call, store } = await setup();
    await store.update((bank) => {
      bank.settings.confidentialTerms = ['Acme'];
      bank.stories.push(testStory('Acme renewal', { situation: 'ACME nearly left.' }));
    });
    const masked = await call('bank:exportMarkdown');
    expect(masked.masked).toBe(2);
    expect(masked.text).not.toMatch(/acme/i);
    const plain = await call('bank:exportMarkdown', {
      redact: false,
    });
    expect(plain).toMatchObject({ masked: 0, text: expect.stringContaining('ACME nearly left.') });
  });
});
