import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toChunks } from '../../src/core/rehearsal/audio';
import { CallError, testClient } from '../dispatch-client';
import { testStory } from '../helpers';

const FIXTURES = join(import.meta.dirname, '../core/portability/fixtures');

async function fileSource(name: string) {
  const bytes = new Uint8Array(await readFile(join(FIXTURES, name)));
  return { kind: 'file' as const, name, chunks: toChunks(bytes) };
}

describe('importing stories from a spreadsheet through the contract', () => {
  it('previews without writing anything: no bank change, no backup', async () => {
    const { call, store, dataDir } = await testClient();
    await store.update((bank) => bank.stories.push(testStory('Mine')));
    const before = JSON.stringify(store.bank);
    const preview = await call('sheet:preview', { source: await fileSource('notion-export.csv') });
    expect(preview.importable).toBe(3);
    expect(preview.rows[0]!.principles).toEqual(['Ownership', 'Insist on the Highest Standards']);
    expect(JSON.stringify(store.bank)).toBe(before);
    await expect(stat(join(dataDir, 'backups'))).resolves.toBeDefined();
    expect((await readdir(join(dataDir, 'backups'))).some((n) => n.includes('pre-import'))).toBe(
      false,
    );
  });

  it('adds every row as a new story after a backup, and keeps the bank it had', async () => {
    const { call, store, dataDir } = await testClient();
    await store.update((bank) => bank.stories.push(testStory('Mine')));
    const done = await call('sheet:import', {
      source: await fileSource('star-bank.xlsx'),
      mode: 'add',
    });
    expect(done).toMatchObject({
      mode: 'add',
      added: 2,
      updated: 0,
      skipped: [{ row: 4, reason: '“sometime” is not a month Storybank can read (write 2024-03)' }],
    });
    const titles = store.bank.stories.map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Mine',
        'Fixing the returns backlog',
        'Pausing a launch for data quality',
      ]),
    );
    expect(done.view.bank.stories).toHaveLength(3);
    const returns = store.bank.stories.find((s) => s.title === 'Fixing the returns backlog')!;
    expect(returns).toMatchObject({
      when: '2024-09',
      status: 'draft',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'deliver-results', strength: 'secondary' },
      ],
    });
    const backups = await readdir(join(dataDir, 'backups'));
    const backup = backups.find((n) => n.endsWith('-pre-import.json'))!;
    const saved = JSON.parse(await readFile(join(dataDir, 'backups', backup), 'utf8'));
    expect(saved.stories.map((s: { title: string }) => s.title)).toEqual(['Mine']);
  });

  it('merges by title: fills what the story lacks, never overwrites what it has', async () => {
    const { call, store } = await testClient();
    await store.update((bank) =>
      bank.stories.push(
        testStory('Shipping the offline mode', {
          action: 'My own words for the action.',
          principles: [{ principleId: 'ownership', strength: 'primary' }],
        }),
      ),
    );
    const pasted = await readFile(join(FIXTURES, 'pasted-range.tsv'), 'utf8');
    const source = { kind: 'pasted' as const, chunks: [pasted] };
    const preview = await call('sheet:preview', { source });
    expect(preview.matchingBank).toEqual([2]);
    const done = await call('sheet:import', { source, mode: 'merge' });
    expect(done).toMatchObject({ added: 1, updated: 1 });
    const story = store.bank.stories.find((s) => s.title === 'Shipping the offline mode')!;
    expect(story.action).toBe('My own words for the action.');
    expect(story.situation).toBe('Field reps lost orders without signal.');
    expect(story.principles.map((m) => m.principleId)).toEqual([
      'ownership',
      'customer-obsession',
      'bias-for-action',
    ]);
    expect(store.bank.stories.filter((s) => s.title === 'Shipping the offline mode')).toHaveLength(
      1,
    );
  });

  it('refuses a file it cannot read, in words, and changes nothing', async () => {
    const { call, store, dataDir } = await testClient();
    const before = JSON.stringify(store.bank);
    const source = {
      kind: 'file' as const,
      name: 'stories.xlsx',
      chunks: [btoa('not a workbook')],
    };
    await expect(call('sheet:import', { source, mode: 'add' })).rejects.toThrow(
      new CallError(
        'invalid-input',
        'That file is not an Excel workbook Storybank can read (.xlsx). Nothing was imported.',
      ),
    );
    const other = { kind: 'file' as const, name: 'stories.pdf', chunks: [btoa('%PDF')] };
    await expect(call('sheet:preview', { source: other })).rejects.toThrow(
      '.csv, .tsv, .xlsx and .md',
    );
    expect(JSON.stringify(store.bank)).toBe(before);
    expect((await readdir(join(dataDir, 'backups')).catch(() => [])).length).toBe(0);
  });

  it('refuses a mapping to a field that does not exist, before any handler runs', async () => {
    const { raw } = await testClient();
    const answer = await raw('sheet:preview', {
      source: { kind: 'pasted', chunks: ['Title\tAction\nA\tB'] },
      mapping: ['title', 'salary'],
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
