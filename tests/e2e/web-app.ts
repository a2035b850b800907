import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { BUILT } from '../built';

/** One running browser-mode server (the built out/main/web.js), as a person starts it. */
export class WebApp {
  private child: ChildProcess | null = null;
  url = '';
  origin = '';
  token = '';

  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      [join(BUILT, 'main/web.js'), '--no-open', '--port', '0', '--data', this.dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    let output = '';
    const line = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Storybank is running at (\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`web.js exited (${code}): ${output}`)));
    });
    this.url = line;
    const parsed = new URL(line);
    this.origin = parsed.origin;
    this.token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  }

  /** Ctrl+C, as a person stops it; resolves with what it printed on the way out. */
  async stop(): Promise<string> {
    const child = this.child;
    if (!child || child.exitCode !== null) return '';
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    const code = await exited;
    this.child = null;
    if (code !== 0) throw new Error(`web.js stopped with exit code ${code}: ${output}`);
    return output;
  }
}

export const test = base.extend<{ dataDir: string; app: WebApp }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'storybank-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const app = new WebApp(dataDir);
    await app.start();
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';
