import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index';
import { parseBank } from '../../src/core/store/parse-bank';
import { BUILT } from '../built';
import { tempDir } from '../helpers';

const WEB = join(BUILT, 'main/web.js');
const KILLS = 30;

/** Browser mode as a person starts it; resolves once it prints its address. */
function startWeb(dataDir: string) {
  const child = spawn(process.execPath, [WEB, '--no-open', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const address = new Promise<{ origin: string; token: string }>((resolve, reject) => {
    let output = '';
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (\S+)/.exec(output);
      if (!match) return;
      const url = new URL(match[1]!);
      resolve({ origin: url.origin, token: new URLSearchParams(url.hash.slice(1)).get('token')! });
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => reject(new Error(`web.js exited (${code}): ${output}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, address, exited };
}

async function doctor(dataDir: string) {
  const out: string[] = [];
  const code = await runCli(['doctor', '--json', '--data', dataDir], {
    out: (text) => out.push(text),
    err: () => undefined,
    env: {},
    now: () => new Date(),
  });
  return { code, report: JSON.parse(out.join('\n')) };
}

describe('browser mode killed with -9 in the middle of saving', () => {
  it(`${KILLS} times: the file always reads, doctor passes, no acknowledged change is lost`, async () => {
    const dir = await tempDir();
    const acknowledged: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      const web = startWeb(dir);
      const { origin, token } = await web.address; // the lock a kill left is taken over
      let firstAnswer: () => void = () => undefined;
      const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
      const burst = Array.from({ length: 12 }, async (_, i) => {
        const title = `round ${round} story ${i}`;
        const reply = await fetch(`${origin}/api/stories:create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-storybank-token': token },
          body: JSON.stringify({ title, action: 'I '.repeat(2_000) }),
        }).catch(() => null);
        if (reply?.ok && ((await reply.json().catch(() => null)) as { ok?: boolean })?.ok) {
          acknowledged.push(title);
          firstAnswer();
        }
      });
      // Killed while the rest of the burst is still being saved, however busy the machine is.
      await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      web.child.kill('SIGKILL');
      await Promise.all([web.exited, ...burst]);

      const text = await readFile(join(dir, 'storybank.json'), 'utf8').catch(() => null);
      if (text === null) {
        expect(acknowledged).toEqual([]); // killed before the first save ever finished
        continue;
      }
      const outcome = parseBank(text);
      if (!outcome.ok) throw new Error(`round ${round}: ${outcome.problem}`);
      const titles = new Set(outcome.bank.stories.map((story) => story.title));
      expect(acknowledged.filter((title) => !titles.has(title))).toEqual([]);
      const { code, report } = await doctor(dir);
      expect(code).toBe(0);
      expect(report.lock).toMatchObject({ stale: true });
      for (const backup of report.backups as { id: string }[]) {
        const text = await readFile(join(dir, 'backups', backup.id), 'utf8');
        expect(parseBank(text).ok, backup.id).toBe(true);
      }
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS);
    expect((await readdir(dir)).filter((name) => name.startsWith('storybank.corrupt-'))).toEqual(
      [],
    );
  }, 120_000);
});
