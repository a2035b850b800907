import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankStore } from '../../../src/core/store/store';
import { openStore, tempDir } from '../../helpers';

const LOCKED = {
  code: 'locked',
  message: expect.stringContaining('This bank is open in another Storybank window'),
};

describe('one writer per data folder', () => {
  it('refuses a second store on the same folder, and lets it in once the first closes', async () => {
    const dir = await tempDir();
    const first = await openStore({ dataDir: dir });
    await expect(BankStore.open({ dataDir: dir })).rejects.toMatchObject(LOCKED);
    await first.close();
    const second = await openStore({ dataDir: dir });
    expect(second.bank.stories).toEqual([]);
  });

  it('refuses a second Storybank process on the same folder', async () => {
    const dir = await tempDir();
    const script = `
      import { BankStore } from ${JSON.stringify(join(process.cwd(), 'src/core/store/store.ts'))};
      const store = await BankStore.open({ dataDir: process.argv[1] });
      console.log('ready');
      process.stdin.once('data', async () => { await store.close(); process.exit(0); });
    `;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, dir],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    try {
      await expect(BankStore.open({ dataDir: dir })).rejects.toMatchObject(LOCKED);
    } finally {
      child.stdin.write('stop\n');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const after = await openStore({ dataDir: dir });
    expect(after.bank.stories).toEqual([]);
  });

  it('takes over a lock left by a process that is gone (a crash)', async () => {
    const dir = await tempDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    await writeFile(
      join(dir, 'storybank.lock'),
      JSON.stringify({ pid: gone.pid, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }),
    );
    const store = await openStore({ dataDir: dir });
    expect(store.bank.stories).toEqual([]);
  });

  it('respects a lock held from another computer (a synced folder)', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'storybank.lock'),
      JSON.stringify({ pid: 1, host: 'someone-elses-laptop', startedAt: '2026-01-01T00:00:00Z' }),
    );
    await expect(BankStore.open({ dataDir: dir })).rejects.toMatchObject(LOCKED);
  });
});
