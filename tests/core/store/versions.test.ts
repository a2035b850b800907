import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../../src/core/model/bank';
import { MIGRATIONS, migrate } from '../../../src/core/model/migrations';
import { bankRuleProblem } from '../../../src/core/model/rules';
import { BankSchema, CURRENT_SCHEMA_VERSION } from '../../../src/core/model/schema';
import { BankStore } from '../../../src/core/store/store';
import { openStore, tempDir } from '../../helpers';

const fixture = (version: number) =>
  readFile(join(__dirname, `../fixtures/bank-v${version}.json`), 'utf8');

describe('migrations', () => {
  it('form an unbroken chain from format 1 to the current one', () => {
    const froms = MIGRATIONS.map((migration) => migration.from);
    expect(froms).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(MIGRATIONS.map((migration) => migration.from))(
    'bring the format %i fixture to a valid current bank',
    async (version) => {
      const { data, fromVersion } = migrate(JSON.parse(await fixture(version)));
      expect(fromVersion).toBe(version);
      expect(BankSchema.safeParse(data).success).toBe(true);
    },
  );

  it('turn a format 1 principle list into a primary and secondaries', async () => {
    const { data } = migrate(JSON.parse(await fixture(1)));
    const bank = BankSchema.parse(data);
    expect(bank.stories[0]?.principles).toEqual([
      { principleId: 'dive-deep', strength: 'primary' },
      { principleId: 'customer-obsession', strength: 'secondary' },
    ]);
    expect(bank.stories[1]?.principles).toEqual([]);
  });

  it('give every format 2 story an empty list of questions it answers', async () => {
    const { data } = migrate(JSON.parse(await fixture(2)));
    const bank = BankSchema.parse(data);
    expect(bank.stories.map((story) => story.targetQuestions)).toEqual([[], []]);
    expect(bank.settings).toMatchObject({ theme: 'dark', speakingRateWpm: 150, minIPerWe: 2 });
  });

  it('drop format 3 mappings to principles no set holds, and keep a principle mapped twice once', async () => {
    const { data } = migrate(JSON.parse(await fixture(3)));
    const bank = BankSchema.parse(data);
    expect(bank.stories[0]?.principles).toEqual([
      { principleId: 'dive-deep', strength: 'primary' },
      { principleId: 'customer-obsession', strength: 'secondary' },
    ]);
    expect(bank.stories[0]?.targetQuestions).toEqual([
      'Tell me about a time you went deep into data.',
    ]);
    expect(bankRuleProblem(bank)).toBeNull();
  });
});

describe('opening an older file', () => {
  it('backs up the old bytes, then saves it in the current format and says so', async () => {
    const dir = await tempDir();
    const old = await fixture(1);
    await writeFile(join(dir, 'storybank.json'), old);
    const store = await openStore({ dataDir: dir });

    const backups = await readdir(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-pre-migration\.json$/);
    expect(await readFile(join(dir, 'backups', backups[0]!), 'utf8')).toBe(old);

    const saved = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.bank.stories.map((s) => s.title)).toEqual([
      'Billing migration',
      'Pricing page test',
    ]);
    expect(store.currentNotices()[0]).toMatchObject({ kind: 'migrated', severity: 'info' });
  });
});

describe('a file from a newer Storybank', () => {
  it('is refused untouched, with a message, and the folder is left unlocked', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({
      ...newBank(),
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      extra: 1,
    });
    await writeFile(join(dir, 'storybank.json'), newer);
    await expect(BankStore.open({ dataDir: dir })).rejects.toMatchObject({
      code: 'newer-version',
      message: expect.stringContaining('saved by a newer Storybank'),
    });
    expect(await readFile(join(dir, 'storybank.json'), 'utf8')).toBe(newer);
    expect((await readdir(dir)).sort()).toEqual(['storybank.json']);
  });
});
