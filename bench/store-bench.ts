import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyChange } from '../src/core/store/draft';
import { parseBank } from '../src/core/store/parse-bank';
import { BankStore } from '../src/core/store/store';
import { generateBank, generatePractice } from './generate';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export interface StoreBenchResult {
  stories: number;
  rehearsals: number;
  megabytes: number;
  saveMs: number;
  saveFloorMs: number;
  loadMs: number;
  parseMs: number;
  /** One rehearsal appended: the change and its check in memory, and the whole update. */
  append: { checkMs: number; updateMs: number } | null;
}

/**
 * Save and load through the store against the bare floor of the same bytes; with rehearsals,
 * also one rehearsal appended to the log (what each practice session does).
 */
export async function benchStore(count = 1000, rehearsals = 0): Promise<StoreBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'storybank-bench-'));
  try {
    const bank = generateBank(count);
    const log = generatePractice(bank.stories, rehearsals + RUNS);
    bank.practice = log.slice(0, rehearsals);
    const text = JSON.stringify(bank, null, 2);
    await writeFile(join(dir, 'storybank.json'), text);

    const store = await BankStore.open({ dataDir: dir });
    if (store.bank.stories.length !== count || store.bank.practice.length !== rehearsals) {
      throw new Error('The generated bank did not load.');
    }
    await store.update((b) => void (b.stories[0]!.title = 'Warm-up')); // takes the run's backup

    // The floor: what any durable JSON save must do (stringify, write, fsync, rename).
    // Runs alternate with the store's, so both meet the disk in the same state.
    const floorPath = join(dir, 'floor.json');
    const floor: number[] = [];
    const saves: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(
        await time(async () => {
          const bytes = JSON.stringify(bank, null, 2);
          const handle = await open(`${floorPath}.tmp`, 'w');
          await handle.writeFile(bytes, 'utf8');
          await handle.sync();
          await handle.close();
          await rename(`${floorPath}.tmp`, floorPath);
        }),
      );
      saves.push(await time(() => store.update((b) => void (b.stories[i]!.title = `Edited ${i}`))));
    }

    const checks: number[] = [];
    const appends: number[] = [];
    for (let i = 0; rehearsals > 0 && i < RUNS; i++) {
      const append = (b: typeof bank) => void b.practice.push(log[rehearsals + i]!);
      checks.push(await time(() => applyChange(store.bank, append))); // in memory only
      appends.push(await time(() => store.update(append)));
    }
    await store.close();

    const parses: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      parses.push(await time(() => JSON.parse(text)));
      loads.push(await time(() => parseBank(text)));
    }
    return {
      stories: count,
      rehearsals,
      megabytes: Buffer.byteLength(text) / 1e6,
      saveMs: median(saves),
      saveFloorMs: median(floor),
      loadMs: median(loads),
      parseMs: median(parses),
      append: rehearsals > 0 ? { checkMs: median(checks), updateMs: median(appends) } : null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
