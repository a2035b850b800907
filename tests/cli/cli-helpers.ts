import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../src/cli/index';
import { newBank } from '../../src/core/model/bank';
import type { Bank, Story } from '../../src/core/model/schema';
import { tempDir, testStory } from '../helpers';

export const TODAY = new Date('2026-11-27T10:00:00Z');

/** Runs the command line in-process, as `storybank …` would, and keeps what it printed. */
export async function cli(...argv: string[]) {
  return cliAt(TODAY, ...argv);
}

/** `cli` on another day: for answers that change as time passes, such as what is due. */
export async function cliAt(now: Date, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {},
    now: () => now,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A data folder holding a bank with these stories. */
export async function bankFolder(stories: Story[], change: (bank: Bank) => void = () => {}) {
  const dir = await tempDir();
  const bank = newBank();
  bank.stories = stories;
  change(bank);
  await writeFile(join(dir, 'storybank.json'), JSON.stringify(bank, null, 2));
  return dir;
}

/** A story every check is happy with. */
export function goodStory(title: string, overrides: Partial<Story> = {}): Story {
  return testStory(title, {
    headline: 'I cut checkout latency in half before the EU launch.',
    situation: 'Checkout was slow in Europe and the launch was six weeks away for our team.',
    task: 'I owned the latency budget and had to bring p95 under one second before launch.',
    action:
      'I profiled every call on the checkout path and found three slow services. I negotiated ' +
      'with two teams to cache their answers, I rewrote our own retry logic, I set up a daily ' +
      'dashboard so I could see progress, and I ran a load test every evening. I reviewed each ' +
      'change with the on-call engineers and I kept the launch owner informed twice a week. ' +
      'When one cache broke pricing, I rolled it back within an hour and I added a contract test. '.repeat(
        2,
      ),
    result: 'p95 fell from 2.1 s to 0.9 s and conversion rose 4% in the first month.',
    learnings: 'Measure first.',
    when: '2025-09',
    status: 'ready',
    principles: [{ principleId: 'dive-deep', strength: 'primary' }],
    ...overrides,
  });
}
