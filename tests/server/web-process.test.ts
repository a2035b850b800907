import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, tempDir } from '../helpers';
import { BUILT } from '../built';

// The built entry, as `npm run web` runs it (npm test builds before the unit tests).
const WEB = join(BUILT, 'main/web.js');

function startWeb(dataDir: string) {
  const child = spawn(process.execPath, [WEB, '--no-open', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waitFor = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes(text)) {
          clearInterval(timer);
          resolve(output);
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`exited (${child.exitCode}) before "${text}": ${output}`));
        }
      }, 20);
    });
  return { child, waitFor, output: () => output };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );

describe('npm run web', () => {
  it('explains its flags, and refuses an unknown one with exit code 2', () => {
    const help = spawnSync(process.execPath, [WEB, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--no-open');
    const wrong = spawnSync(process.execPath, [WEB, '--colour'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Unknown option --colour.');
  });

  it('refuses a folder another Storybank has open, in words', async () => {
    const dir = await tempDir();
    await openStore({ dataDir: dir });
    const result = spawnSync(process.execPath, [WEB, '--no-open', '--data', dir], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This bank is open in another Storybank window');
  });

  it('does not quit on Ctrl+C while a change is unsaved; the next Ctrl+C saves it', async () => {
    const dir = await tempDir();
    const web = startWeb(dir);
    const printed = await web.waitFor('Press Ctrl+C');
    const url = new URL(/running at (\S+)/.exec(printed)![1]!);
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;

    // A folder where the temp file goes makes every save fail, as a full disk would.
    await mkdir(join(dir, '.storybank.json.tmp'));
    const reply = await fetch(`${url.origin}/api/stories:create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-storybank-token': token },
      body: JSON.stringify({ title: 'Typed before the disk filled up' }),
    });
    expect(((await reply.json()) as { error: { message: string } }).error.message).toContain(
      'Storybank could not save',
    );

    web.child.kill('SIGINT');
    await web.waitFor('keeps your changes while it runs');
    expect(web.child.exitCode).toBeNull();

    await rm(join(dir, '.storybank.json.tmp'), { recursive: true });
    web.child.kill('SIGINT');
    expect(await exitOf(web.child)).toBe(0);
    expect(web.output()).toContain('your bank is saved');
    const saved = JSON.parse(await readFile(join(dir, 'storybank.json'), 'utf8'));
    expect(saved.stories[0].title).toBe('Typed before the disk filled up');
  });

  it('says in one sentence when it may not write to the data folder', async () => {
    const dir = await tempDir();
    const readOnly = join(dir, 'read-only');
    await mkdir(readOnly, { mode: 0o555 });
    // Root writes anywhere; without the capability to override file modes it may not either.
    const asRoot = process.getuid?.() === 0;
    for (const dataDir of [readOnly, join(readOnly, 'inside')]) {
      const command = [process.execPath, WEB, '--no-open', '--data', dataDir];
      const result = asRoot
        ? spawnSync('setpriv', ['--bounding-set', '-dac_override,-dac_read_search', ...command], {
            encoding: 'utf8',
          })
        : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Storybank can't use the data folder ${dataDir}: it may not write there (permission ` +
          'denied). Choose another folder with --data, or fix the folder and try again.',
      );
    }
  });
});
