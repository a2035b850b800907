import { benchPlanner } from './planner-bench';
import { benchPrepPack } from './prep-pack-bench';
import { benchCoverageRenderer, benchLibraryRenderer } from './renderer-bench';
import { benchStore } from './store-bench';

/**
 * `npm run bench`: timing targets live here, never in the test suite; it exits with 1 when one
 * is missed. The renderer part needs the built app (npm run build) and Chromium.
 */
let missed = 0;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
const line = (label: string, value: string, ok: boolean, target: string) => {
  if (!ok) missed++;
  console.log(`  ${label.padEnd(34)} ${value.padStart(10)}  (target ${target}) ${verdict(ok)}`);
};
const figure = (label: string, value: string) =>
  console.log(`  ${label.padEnd(34)} ${value.padStart(10)}`);

async function storeLines(stories: number, rehearsals: number): Promise<void> {
  const store = await benchStore(stories, rehearsals);
  const saveRatio = store.saveMs / store.saveFloorMs;
  const loadRatio = store.loadMs / store.parseMs;
  const practice = rehearsals ? ` + ${rehearsals.toLocaleString('en-US')} rehearsals` : '';
  console.log(
    `Store, ${stories} stories${practice} (${store.megabytes.toFixed(2)} MB), median of 15 runs:`,
  );
  line(
    `save ${store.saveMs.toFixed(1)} ms vs floor ${store.saveFloorMs.toFixed(1)} ms`,
    `${saveRatio.toFixed(2)}x`,
    saveRatio <= 1.3,
    '<= 1.3x',
  );
  line(
    `load ${store.loadMs.toFixed(1)} ms vs JSON.parse ${store.parseMs.toFixed(1)} ms`,
    `${loadRatio.toFixed(2)}x`,
    loadRatio <= 3,
    '<= 3x',
  );
  if (!store.append) return;
  const { checkMs, updateMs } = store.append;
  line('append one rehearsal: change+check', `${checkMs.toFixed(1)} ms`, checkMs <= 15, '<= 15 ms');
  figure('append one rehearsal: with its save', `${updateMs.toFixed(1)} ms`);
}

await storeLines(1000, 0);
await storeLines(1000, 10_000);

const planner = benchPlanner();
console.log(`Loop planner, 6 rounds x 3 principles over 1,000 stories, median of 15:`);
line(
  `time (${planner.filled} of ${planner.places} places with main and backup)`,
  `${planner.ms.toFixed(1)} ms`,
  planner.ms <= 50,
  '<= 50 ms',
);

const pack = await benchPrepPack();
console.log(`Word prep pack, ${pack.stories} stories, all sections, median of 5 builds:`);
line('time', `${(pack.ms / 1000).toFixed(2)} s`, pack.ms <= 1500, '<= 1.5 s');
line('extra memory (peak RSS)', `${pack.extraMB.toFixed(0)} MB`, pack.extraMB <= 200, '<= 200 MB');

const matrix = await benchCoverageRenderer();
console.log('Coverage matrix in Chromium, 1,000 stories x 16 principles, median of 5:');
line(
  'first render',
  `${matrix.firstRenderMs.toFixed(0)} ms`,
  matrix.firstRenderMs <= 300,
  '<= 300 ms',
);
line(
  'one toggle until counts update',
  `${matrix.toggleMs.toFixed(0)} ms`,
  matrix.toggleMs <= 50,
  '<= 50 ms',
);
line('DOM nodes', String(matrix.domNodes), matrix.domNodes <= 1500, '<= 1,500');

const library = await benchLibraryRenderer();
console.log('Story library in Chromium, 1,000 stories, median of 5 views and of 40 keystrokes:');
line(
  'first usable view (click to paint)',
  `${library.firstViewMs.toFixed(0)} ms`,
  library.firstViewMs <= 150,
  '<= 150 ms',
);
line(
  'search keystroke until painted',
  `${library.keystrokeMs.toFixed(1)} ms`,
  library.keystrokeMs <= 16,
  '<= 16 ms',
);
figure('search keystroke, 9 in 10 under', `${library.keystrokeP90Ms.toFixed(1)} ms`);
figure('DOM nodes', String(library.domNodes));

if (missed > 0) {
  console.log(`${missed} target${missed === 1 ? '' : 's'} missed.`);
  process.exitCode = 1;
}
