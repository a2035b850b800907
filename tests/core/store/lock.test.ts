import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBoot, processStart } from '../../../src/core/store/process-identity';
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

  it('takes over a lock from an earlier boot, even when its PID is alive again', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'storybank.lock'),
      JSON.stringify({
        pid: process.ppid, // alive, but not the process that took the lock before the reboot
        host: hostname(),
        startedAt: '2026-01-01T00:00:00Z',
        boot: { bootId: 'a-boot-long-ago', bootedAt: Date.parse('2026-01-01T00:00:00Z') },
        processStart: processStart(process.ppid),
      }),
    );
    const store = await openStore({ dataDir: dir });
    expect(store.bank.stories).toEqual([]);
  });

  it('takes over a lock whose PID now belongs to a process started later', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'storybank.lock'),
      JSON.stringify({
        pid: process.ppid,
        host: hostname(),
        startedAt: '2026-01-01T00:00:00Z',
        boot: currentBoot(),
        processStart: 'an earlier start',
      }),
    );
    await openStore({ dataDir: dir });
    if (processStart(process.ppid) === null) return; // no /proc here: judged by PID and boot only
    const owner = JSON.parse(await readFile(join(dir, 'storybank.lock'), 'utf8'));
    expect(owner.pid).toBe(process.pid);
  });

  it('lets exactly one of several Storybanks take over the same stale lock', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const dir = await tempDir();
      await writeFile(
        join(dir, 'storybank.lock'),
        JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }),
      );
      // Staggered by a few milliseconds, so one may judge the lock stale while another has
      // already replaced it.
      const attempts = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          new Promise((resolve) => setTimeout(resolve, (i * 7 + trial) % 4)).then(() =>
            BankStore.open({ dataDir: dir }),
          ),
        ),
      );
      const opened = attempts.filter((a) => a.status === 'fulfilled');
      expect(opened).toHaveLength(1);
      for (const attempt of attempts) {
        if (attempt.status === 'rejected') expect(attempt.reason).toMatchObject(LOCKED);
      }
      const lockDir = (await readdir(dir)).filter((name) => name.startsWith('storybank.lock'));
      expect(lockDir).toEqual(['storybank.lock']);
      await (opened[0] as PromiseFulfilledResult<BankStore>).value.close();
    }
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
