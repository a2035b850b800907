import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankFolder, cli } from './cli-helpers';
import { testStory } from '../helpers';

const FIXTURES = join(import.meta.dirname, '../core/portability/fixtures');
const fixture = (name: string) => join(FIXTURES, name);

describe('storybank import of a spreadsheet or Markdown file', () => {
  it('--dry-run prints the mapping and what would be added, and writes nothing', async () => {
    const dir = await bankFolder([testStory('Mine')]);
    const before = await readFile(join(dir, 'storybank.json'), 'utf8');
    const result = await cli(
      'import',
      fixture('notion-export.csv'),
      '--dry-run',
      '--json',
      '--data',
      dir,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      mode: 'add',
      added: 3,
      skipped: [],
      unmatchedPrinciples: [],
      mapping: { Name: 'title', 'Created time': 'ignore', LP: 'principles', Impact: 'result' },
    });
    expect(await readFile(join(dir, 'storybank.json'), 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['storybank.json']);
  });

  it('imports after a backup, and exits 1 naming every skipped row and unmatched principle', async () => {
    const dir = await bankFolder([testStory('Mine')]);
    const result = await cli(
      'import',
      fixture('sheets-star-template.csv'),
      '--json',
      '--data',
      dir,
    );
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      mode: 'add',
      added: 4,
      skipped: [{ row: 6, reason: expect.stringContaining('last spring') }],
      unmatchedPrinciples: [
        { text: 'Customer Empathy', rows: [4] },
        { text: 'Team Player', rows: [7] },
      ],
      mapping: { Story: 'title', 'Action(s)': 'action', 'Leadership Principle(s)': 'principles' },
    });
    expect(json.backup).toMatch(/pre-import\.json$/);
    const bank = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
    expect(bank.stories).toHaveLength(5);
    const plain = await cli('import', fixture('markdown-bank.md'), '--data', dir);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('Imported 2 stories.');
    expect(plain.stdout).toContain(
      'Line 41 skipped: “An idea that is not a story yet” has no Situation',
    );
  });

  it('takes --map and --sheet, and exits 0 when every row comes in', async () => {
    const dir = await bankFolder([]);
    const result = await cli(
      'import',
      fixture('star-bank.xlsx'),
      '--sheet',
      'Archive',
      '--map',
      'LP=Principles',
      '--data',
      dir,
    );
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Imported 1 story.');
    const dated = await cli(
      'import',
      fixture('star-bank.xlsx'),
      '--map',
      'When=ignore',
      '--dry-run',
      '--json',
      '--data',
      dir,
    );
    expect(JSON.parse(dated.stdout)).toMatchObject({
      added: 3,
      skipped: [],
      mapping: { When: 'ignore' },
    });
  });

  it('exits 2 on wrong usage: an unknown column or field, --sheet on a CSV, --dry-run on JSON', async () => {
    const dir = await bankFolder([]);
    const column = await cli(
      'import',
      fixture('notion-export.csv'),
      '--map',
      'Salary=title',
      '--data',
      dir,
    );
    expect(column).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no column “Salary”'),
    });
    const field = await cli(
      'import',
      fixture('notion-export.csv'),
      '--map',
      'Name=salary',
      '--data',
      dir,
    );
    expect(field).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('“salary” is not a story field'),
    });
    const sheet = await cli(
      'import',
      fixture('notion-export.csv'),
      '--sheet',
      'One',
      '--data',
      dir,
    );
    expect(sheet).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--sheet is for .xlsx'),
    });
    const json = await cli('import', join(dir, 'storybank.json'), '--dry-run', '--data', dir);
    expect(json.code).toBe(2);
    expect(await readdir(dir)).toEqual(['storybank.json']);
  });
});
