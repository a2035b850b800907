import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../src/core/model/bank';
import { openStore, tempDir, testStory } from '../helpers';
import { docxPart } from '../core/export/docx-tools';
import { bankFolder, cli, goodStory } from './cli-helpers';

describe('storybank usage', () => {
  it('explains itself, and refuses wrong usage with exit code 2', async () => {
    expect((await cli('--help')).code).toBe(0);
    expect((await cli('--help')).stdout).toContain('coverage');
    expect(await cli()).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Name a command.'),
    });
    expect(await cli('publish')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command "publish"'),
    });
    expect(await cli('lint', '--colour')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown option --colour.'),
    });
    expect(await cli('export', '--format', 'pdf', '--out', 'x')).toMatchObject({ code: 2 });
    expect((await cli('doctor', '--help')).stdout).toContain('storybank doctor');
  });

  it('says in words when there is no bank, with exit code 1', async () => {
    const dir = await tempDir();
    expect(await cli('lint', '--data', dir)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('there is no bank'),
    });
  });
});

describe('storybank coverage', () => {
  it('prints the matrix with gaps marked, and exits 1 while there are gaps', async () => {
    const dir = await bankFolder([goodStory('Checkout latency')]);
    const { code, stdout } = await cli('coverage', '--data', dir);
    expect(code).toBe(1);
    expect(stdout).toContain('Amazon Leadership Principles: 0 of 16 covered, 1 thin, 15 gaps');
    expect(stdout).toMatch(/Dive Deep\s+1\s+thin\s+P/);
    expect(stdout).toMatch(/Frugality\s+0\s+GAP/);
    expect(stdout).toContain('1  Checkout latency');
  });

  it('marks only what it counts, and says the recency window as the app does', async () => {
    const dir = await bankFolder(
      [
        goodStory('Ready one'),
        goodStory('Draft one', { id: 'draft', status: 'draft', when: '2020-01' }),
      ],
      (bank) => void (bank.settings.maxStoryAgeYears = 1),
    );
    const all = await cli('coverage', '--data', dir);
    expect(all.stdout).toMatch(/Dive Deep\s+2\s+ok\s+P {2}P/);
    // The draft does not count toward coverage here, so it shows no mark either.
    const ready = await cli('coverage', '--ready-only', '--data', dir);
    expect(ready.stdout).toMatch(/Dive Deep\s+1\s+thin\s+P {2}·/);
    expect(ready.stdout).toContain('! No story from the last 1 year: Dive Deep.');
  });

  it('answers a stable JSON shape, and exits 0 once every principle has a story and a failure is told', async () => {
    const ids = [
      'customer-obsession',
      'ownership',
      'invent-and-simplify',
      'are-right-a-lot',
      'learn-and-be-curious',
      'hire-and-develop-the-best',
      'insist-on-the-highest-standards',
      'think-big',
      'bias-for-action',
      'frugality',
      'earn-trust',
      'dive-deep',
      'have-backbone-disagree-and-commit',
      'deliver-results',
      'strive-to-be-earths-best-employer',
      'success-and-scale-bring-broad-responsibility',
    ];
    const stories = ids.map((id, i) =>
      goodStory(`Story ${i}`, {
        id: `s${i}`,
        tags: i === 0 ? ['failure'] : [],
        principles: [{ principleId: id, strength: 'primary' }],
      }),
    );
    const dir = await bankFolder(stories);
    const { code, stdout } = await cli('coverage', '--json', '--data', dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'set',
      'summary',
      'counts',
      'principles',
      'stretchedStories',
      'bankGaps',
    ]);
    expect(report.counts).toEqual({ gap: 0, thin: 16, covered: 0 });
    expect(report.principles[0]).toEqual({
      id: 'customer-obsession',
      name: 'Customer Obsession',
      state: 'thin',
      examples: 1,
      primaryExamples: 1,
      recent: true,
      stories: [{ id: 's0', title: 'Story 0', strength: 'primary' }],
    });
  });
});

describe('storybank lint', () => {
  it('lists open checks per story and exits 1 when a story has problems', async () => {
    const dir = await bankFolder([goodStory('Fine'), testStory('Bare', { id: 'bare' })]);
    const { code, stdout } = await cli('lint', '--json', '--data', dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.totals).toMatchObject({ stories: 2, storiesWithProblems: 1 });
    const bare = report.stories.find((s: { id: string }) => s.id === 'bare');
    expect(Object.keys(bare.open[0])).toEqual([
      'id',
      'label',
      'severity',
      'field',
      'message',
      'evidence',
    ]);
    expect(bare.open.map((c: { id: string }) => c.id)).toContain('situation-written');
    expect((await cli('lint', '--data', dir)).stdout).toContain('Bare —');
  });

  it('exits 0 when no story has a problem', async () => {
    const dir = await bankFolder([goodStory('Fine')]);
    const { code, stdout } = await cli('lint', '--data', dir);
    expect(stdout).toContain('with problems');
    expect(code).toBe(0);
  });
});

describe('storybank export', () => {
  it('writes a JSON backup that imports back, and Markdown with only ready stories on request', async () => {
    const dir = await bankFolder([goodStory('Ready one'), testStory('Draft one', { id: 'd' })]);
    const out = await tempDir();
    expect(
      (await cli('export', '--format', 'json', '--out', join(out, 'bank.json'), '--data', dir))
        .code,
    ).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'bank.json'), 'utf8')).stories).toHaveLength(2);
    expect(
      (
        await cli(
          'export',
          '--format',
          'md',
          '--ready-only',
          '--out',
          join(out, 'b.md'),
          '--data',
          dir,
        )
      ).code,
    ).toBe(0);
    const markdown = await readFile(join(out, 'b.md'), 'utf8');
    expect(markdown).toContain('## Ready one');
    expect(markdown).not.toContain('Draft one');
    expect(
      await cli('export', '--format', 'json', '--ready-only', '--out', 'x', '--data', dir),
    ).toMatchObject({ code: 2 });
    const docx = join(out, 'pack.docx');
    expect((await cli('export', '--format', 'docx', '--out', docx, '--data', dir)).code).toBe(0);
    const xml = docxPart(new Uint8Array(await readFile(docx)));
    expect(xml).toContain('Ready one');
    expect(xml).toContain('Draft one');
  });

  it('masks confidential terms in the pack and in Markdown unless told not to, and says where', async () => {
    const story = goodStory('Billing at Globex', { situation: 'Globex billed twice.' });
    const dir = await bankFolder([story], (bank) => {
      bank.settings.confidentialTerms = ['Globex'.normalize('NFD')];
    });
    const out = await tempDir();
    for (const format of ['docx', 'md']) {
      const file = join(out, `masked.${format}`);
      const masked = await cli('export', '--format', format, '--out', file, '--data', dir);
      expect(masked).toMatchObject({ code: 0 });
      expect(masked.stdout).toContain('(confidential terms masked in 2 places)');
      const text =
        format === 'md'
          ? await readFile(file, 'utf8')
          : docxPart(new Uint8Array(await readFile(file)));
      expect(text).not.toContain('Globex');
      expect(text).toContain('[redacted]');

      const plainFile = join(out, `plain.${format}`);
      const plain = await cli(
        'export',
        '--format',
        format,
        '--no-redact',
        '--json',
        '--out',
        plainFile,
        '--data',
        dir,
      );
      expect(JSON.parse(plain.stdout)).toMatchObject({ format, masked: 0 });
      const plainText =
        format === 'md'
          ? await readFile(plainFile, 'utf8')
          : docxPart(new Uint8Array(await readFile(plainFile)));
      expect(plainText).toContain('Globex');
    }
    expect(
      await cli('export', '--format', 'json', '--no-redact', '--out', 'x', '--data', dir),
    ).toMatchObject({ code: 2 });
  });
});

describe('storybank import', () => {
  it('replaces or merges, with a backup first; a bad file changes nothing', async () => {
    const dir = await bankFolder([testStory('Ours', { id: 'ours' })]);
    const files = await tempDir();
    const theirs = newBank();
    theirs.stories = [testStory('Theirs', { id: 'theirs' })];
    await writeFile(join(files, 'theirs.json'), JSON.stringify(theirs));
    await writeFile(join(files, 'bad.json'), '{"schemaVersion": 3, "stor');

    const bad = await cli('import', join(files, 'bad.json'), '--data', dir);
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining("can't be imported") });

    const merged = await cli(
      'import',
      join(files, 'theirs.json'),
      '--merge',
      '--json',
      '--data',
      dir,
    );
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({
      mode: 'merge',
      added: 1,
      changed: 0,
      kept: 0,
    });
    const onDisk = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
    expect(onDisk.stories.map((s: { title: string }) => s.title)).toEqual(['Ours', 'Theirs']);
    expect((await readdir(join(dir, 'backups'))).some((n) => n.endsWith('-pre-import.json'))).toBe(
      true,
    );

    expect((await cli('import', join(files, 'theirs.json'), '--data', dir)).code).toBe(0);
    const replaced = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
    expect(replaced.stories.map((s: { title: string }) => s.title)).toEqual(['Theirs']);
  });

  it('reads files saved with a BOM or as UTF-16, as Windows tools save them', async () => {
    const dir = await bankFolder([]);
    const files = await tempDir();
    const theirs = newBank();
    theirs.stories = [testStory('Café launch', { id: 'cafe' })];
    const text = JSON.stringify(theirs, null, 2);
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const variants: [string, Buffer][] = [
      ['utf8-bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      [
        'utf16le-bom.json',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      ],
      ['utf16le.json', Buffer.from(text, 'utf16le')],
      ['utf16be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ];
    for (const [name, bytes] of variants) {
      await writeFile(join(files, name), bytes);
      const result = await cli('import', join(files, name), '--json', '--data', dir);
      expect(result, name).toMatchObject({ code: 0 });
      const onDisk = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
      expect(onDisk.stories.map((s: { title: string }) => s.title)).toEqual(['Café launch']);
    }
  });

  it('is refused while the bank is open in Storybank (one writer)', async () => {
    const dir = await bankFolder([testStory('Ours')]);
    const files = await tempDir();
    await writeFile(join(files, 'theirs.json'), JSON.stringify(newBank()));
    await openStore({ dataDir: dir });
    expect(await cli('import', join(files, 'theirs.json'), '--data', dir)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('This bank is open in another Storybank window'),
    });
  });
});

describe('storybank doctor', () => {
  it('reports a damaged file without moving it, and lists backups', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'storybank.json'), 'null');
    const { code, stdout } = await cli('doctor', '--json', '--data', dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      dataDir: dir,
      file: { ok: false, missing: false, problem: expect.stringContaining('holds no object') },
      lock: null,
      backups: [],
    });
    expect(await readFile(join(dir, 'storybank.json'), 'utf8')).toBe('null');
  });

  it('reports ids that repeat as damage, naming them', async () => {
    const dir = await bankFolder([testStory('x'), testStory('x')]);
    const { code, stdout } = await cli('doctor', '--json', '--data', dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).file).toMatchObject({
      ok: false,
      problem: expect.stringContaining('two stories have the id "x"'),
    });
  });

  it('restores a backup, which can itself be undone', async () => {
    const dir = await bankFolder([testStory('Before')]);
    const store = await openStore({ dataDir: dir });
    await store.update((bank) => bank.stories.push(testStory('After')));
    await store.close();
    const [backup] = await store.listBackups();
    const restored = await cli('doctor', '--restore', backup!.id, '--json', '--data', dir);
    expect(restored.code).toBe(0);
    const { undoBackup } = JSON.parse(restored.stdout);
    expect(undoBackup).toMatch(/-pre-restore\.json$/);
    const titles = async () =>
      JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8')).stories.map(
        (s: { title: string }) => s.title,
      );
    expect(await titles()).toEqual(['Before']);
    expect((await cli('doctor', '--restore', undoBackup, '--data', dir)).code).toBe(0);
    expect(await titles()).toEqual(['Before', 'After']);
    expect((await cli('doctor', '--data', dir)).stdout).toContain('Backups (newest first):');
  });
});
