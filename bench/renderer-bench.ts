import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateBank } from './generate';
import { CHROMIUM_LAUNCH } from '../tests/chromium';

const RUNS = 5;
const STORIES = 1_000;

export interface CoverageRendererResult {
  /** From the click on "Coverage" to the first paint of the grid. */
  firstRenderMs: number;
  /** From a click on a cell to the changed count in its row header. */
  toggleMs: number;
  /** Elements in the whole page with the Coverage view open. */
  domNodes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/*
 * The measurements run inside the page, as strings: bench/ is type-checked without the DOM
 * library, and timing in the page leaves Playwright's round trips out of the figures.
 */

// Clicks "Coverage", waits for the grid, then for the frame that shows it: a message posted
// from requestAnimationFrame runs after that frame is painted.
const FIRST_RENDER = `(async () => {
  const button = [...document.querySelectorAll('nav button')]
    .find((b) => b.textContent.startsWith('Coverage'));
  const start = performance.now();
  button.click();
  while (!document.querySelector('[role=grid] [role=gridcell]')) {
    await new Promise((r) => setTimeout(r, 0));
  }
  await new Promise((r) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(null);
  }));
  return performance.now() - start;
})()`;

// Clicks an unmapped cell of the first row and waits for that row's header to change.
const TOGGLE = `(async () => {
  const row = document.querySelector('[role=grid] [role=row][aria-rowindex="2"]');
  const header = row.querySelector('[role=rowheader]');
  const cell = [...row.querySelectorAll('[role=gridcell]')]
    .find((c) => c.getAttribute('aria-label').endsWith(': not mapped'));
  const before = header.getAttribute('aria-label');
  const changed = new Promise((r) => {
    const observer = new MutationObserver(() => {
      if (header.getAttribute('aria-label') !== before) { observer.disconnect(); r(); }
    });
    observer.observe(header, { attributes: true, subtree: true, characterData: true, childList: true });
  });
  const start = performance.now();
  cell.click();
  await changed;
  return performance.now() - start;
})()`;

const DOM_NODES = `document.querySelectorAll('*').length`;

async function startServer(
  build: string,
  dataDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [join(build, 'main/web.js'), '--no-open', '--port', '0', '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Storybank is running at (\S+)/.exec(output);
      if (match?.[1]) resolveUrl(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web.js exited (${code}): ${output}`)));
  });
  return { child, url };
}

async function openStories(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Stories' }).waitFor();
}

/** The Coverage view on a 1,000-story bank, in the built browser-mode app in Chromium. */
export async function benchCoverageRenderer(): Promise<CoverageRendererResult> {
  const build = resolve(process.env.STORYBANK_BUILD_DIR ?? 'out');
  const dataDir = await mkdtemp(join(tmpdir(), 'storybank-bench-coverage-'));
  await writeFile(join(dataDir, 'storybank.json'), JSON.stringify(generateBank(STORIES)));
  const { child, url } = await startServer(build, dataDir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const firstRender: number[] = [];
    const toggles: number[] = [];
    const nodes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await openStories(page, url);
      firstRender.push(await page.evaluate<number>(FIRST_RENDER));
      nodes.push(await page.evaluate<number>(DOM_NODES));
      toggles.push(await page.evaluate<number>(TOGGLE));
    }
    return {
      firstRenderMs: median(firstRender),
      toggleMs: median(toggles),
      domNodes: median(nodes),
    };
  } finally {
    await browser.close();
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}
