import { buildPrepPack, type PrepPackOptions } from '../src/core/export';
import { generateBank } from './generate';

const RUNS = 5;
const STORIES = 300;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface PrepPackBenchResult {
  stories: number;
  /** Median wall time of one build, in milliseconds. */
  ms: number;
  /** Peak resident memory of one build above the level before it, in MB. */
  extraMB: number;
}

/**
 * A 300-story pack with every section and redaction on (targets: ≤ 1.5 s, ≤ 200 MB).
 *
 * Memory is RSS, not heap: it is what the main process costs the machine, and it counts the
 * Buffers and the zip, which live outside the JS heap. The build is synchronous for most of
 * its run, so a timer cannot sample it; the kernel's high-water mark (maxRSS) can. It is read
 * over the first build only: V8 collects lazily, so after several builds RSS also holds the
 * garbage of the earlier ones, which says nothing about what one export needs.
 */
export async function benchPrepPack(): Promise<PrepPackBenchResult> {
  const bank = generateBank(STORIES);
  bank.settings.confidentialTerms = ['Company 3', 'churn'];
  const options: PrepPackOptions = {
    setId: bank.activeSetId,
    stories: 'all',
    sections: { cover: true, matrix: true, cheatSheet: true, storyCards: true, questionBank: true },
    redact: true,
    today: new Date(),
  };
  const before = process.memoryUsage().rss;
  const times: number[] = [];
  let peak = before;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const bytes = await buildPrepPack(bank, options);
    times.push(performance.now() - start);
    if (bytes.length < 10_000) throw new Error('The pack came out nearly empty.');
    if (i === 0) peak = process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
  }
  return {
    stories: STORIES,
    ms: Math.round(median(times)),
    extraMB: Math.round((peak - before) / 1e6),
  };
}
