import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBank } from '../src/core/store/parse-bank';
import { BankStore } from '../src/core/store/store';
import { generateBank } from './generate';

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
  megabytes: number;
  saveMs: number;
  saveFloorMs: number;
  loadMs: number;
  parseMs: number;
}

/** Save and load through the store against the bare floor of the same bytes. */
export async function benchStore(count = 1000): Promise<StoreBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'storybank-bench-'));
  try {
    const bank = generateBank(count);
    const text = JSON.stringify(bank, null, 2);
    await writeFile(join(dir, 'storybank.json'), text);

    const store = await BankStore.open({ dataDir: dir });
    if (store.bank.stories.length !== count) throw new Error('The generated bank did not load.');
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
    await store.close();

    const parses: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      parses.push(await time(() => JSON.parse(text)));
      loads.push(await time(() => parseBank(text)));
    }
    return {
      stories: count,
      megabytes: Buffer.byteLength(text) / 1e6,
      saveMs: median(saves),
      saveFloorMs: median(floor),
      loadMs: median(loads),
      parseMs: median(parses),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
