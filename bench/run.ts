import { benchStore } from './store-bench';

/** `npm run bench`: timing targets live here, never in the test suite. */
const r = await benchStore(1000);
const saveRatio = r.saveMs / r.saveFloorMs;
const loadRatio = r.loadMs / r.parseMs;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
console.log(`Store, ${r.stories} stories (${r.megabytes.toFixed(2)} MB), median of 15 runs:`);
console.log(
  `  save  ${r.saveMs.toFixed(1)} ms vs floor ${r.saveFloorMs.toFixed(1)} ms = ` +
    `${saveRatio.toFixed(2)}x (target <= 1.3x) ${verdict(saveRatio <= 1.3)}`,
);
console.log(
  `  load  ${r.loadMs.toFixed(1)} ms vs JSON.parse ${r.parseMs.toFixed(1)} ms = ` +
    `${loadRatio.toFixed(2)}x (target <= 3x) ${verdict(loadRatio <= 3)}`,
);
