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

/** The value `share` of the way up the sorted values: 0.5 is the median. */
function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * share)]!;
}
const median = (values: number[]) => quantile(values, 0.5);

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

// Resolves after the frame that follows now is painted (as in FIRST_RENDER).
const PAINTED = `() => new Promise((r) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = r;
  channel.port2.postMessage(null);
}))`;

// From a click on "Stories" (coming from Settings) to the painted list with its first row:
// the moment a person can read, arrow through or search the library.
const FIRST_VIEW = `(async () => {
  const button = [...document.querySelectorAll('nav button')]
    .find((b) => b.textContent.startsWith('Stories'));
  const start = performance.now();
  button.click();
  while (!document.querySelector('[role=listbox] [role=option]')) {
    await new Promise((r) => setTimeout(r, 0));
  }
  await (${PAINTED})();
  return performance.now() - start;
})()`;

// Times every real keystroke from its keydown to the painted frame that shows its result.
const WATCH_KEYS = `(() => {
  window.__keystrokes = [];
  document.addEventListener('keydown', () => {
    const start = performance.now();
    (${PAINTED})().then(() => window.__keystrokes.push(performance.now() - start));
  }, { capture: true });
})()`;

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

async function withBank<T>(
  dataDirPrefix: string,
  measure: (page: Page, url: string) => Promise<T>,
): Promise<T> {
  const build = resolve(process.env.STORYBANK_BUILD_DIR ?? 'out');
  const dataDir = await mkdtemp(join(tmpdir(), dataDirPrefix));
  await writeFile(join(dataDir, 'storybank.json'), JSON.stringify(generateBank(STORIES)));
  const { child, url } = await startServer(build, dataDir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    return await measure(page, url);
  } finally {
    await browser.close();
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function openStories(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Stories' }).waitFor();
}

/** The Coverage view on a 1,000-story bank, in the built browser-mode app in Chromium. */
export function benchCoverageRenderer(): Promise<CoverageRendererResult> {
  return withBank('storybank-bench-coverage-', async (page, url) => {
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
  });
}

export interface LibraryRendererResult {
  /** From the click on "Stories" to the first paint of the list. */
  firstViewMs: number;
  /** From a keydown in the search field to the painted, narrowed list: median, and 9 in 10. */
  keystrokeMs: number;
  keystrokeP90Ms: number;
  /** Elements in the whole page with the library shown, no search. */
  domNodes: number;
}

/** Typed one key at a time: the first keys match nearly every story, the last a handful. */
const SEARCH = 'story 42';

/** The Stories view's library on a 1,000-story bank, in the built app in Chromium. */
export function benchLibraryRenderer(): Promise<LibraryRendererResult> {
  return withBank('storybank-bench-library-', async (page, url) => {
    const firstView: number[] = [];
    const keystrokes: number[] = [];
    const nodes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await openStories(page, url);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Settings' })
        .click();
      await page.getByRole('listbox', { name: 'Stories' }).waitFor({ state: 'detached' });
      firstView.push(await page.evaluate<number>(FIRST_VIEW));
      nodes.push(await page.evaluate<number>(DOM_NODES));
      await page.getByLabel('Search stories').focus();
      await page.evaluate(WATCH_KEYS);
      for (const [index, key] of [...SEARCH].entries()) {
        await page.keyboard.press(key === ' ' ? 'Space' : key);
        // A string, not waitForFunction: the page's CSP refuses the eval that one uses.
        await page.evaluate(`(async () => {
          while (window.__keystrokes.length <= ${index}) await new Promise((r) => setTimeout(r, 5));
        })()`);
      }
      keystrokes.push(...(await page.evaluate<number[]>('window.__keystrokes')));
    }
    return {
      firstViewMs: median(firstView),
      keystrokeMs: median(keystrokes),
      keystrokeP90Ms: quantile(keystrokes, 0.9),
      domNodes: median(nodes),
    };
  });
}
