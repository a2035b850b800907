// What `npm start` runs: build, then open Storybank in Electron; when the Electron runtime cannot
// be had (no connection to GitHub), open it in the browser instead. Extra arguments (e.g.
// `--data DIR`) are handed on. STORYBANK_NO_ELECTRON=1 goes straight to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const INSTALL_TIMEOUT_MS = 3 * 60 * 1000;

/** The Electron executable, or null while its runtime has not been downloaded. */
function electronPath() {
  try {
    const path = require('electron');
    return existsSync(path) ? path : null;
  } catch {
    // The package is there but its runtime is not (install scripts are off for electron).
    return null;
  }
}

/** One attempt at what electron's install script would have done at `npm install`. */
function fetchElectron() {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  console.log('Getting the Electron runtime for Storybank (once, about 100 MB)…');
  // Its errors are a stack trace from a downloader; the one sentence below says it better.
  spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'ignore'],
    timeout: INSTALL_TIMEOUT_MS,
  });
  return electronPath();
}

/** Runs a program to the end, handing on Ctrl+C and kill, and leaves with its exit code. */
function runToExit(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Storybank could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  });
}

function build() {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const skipElectron = process.env.STORYBANK_NO_ELECTRON === '1';
const electron = skipElectron ? null : (electronPath() ?? fetchElectron());
build();

if (electron) {
  // Set by some tools, it would make Electron run as plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runToExit(electron, ['.', ...args], env);
} else {
  console.log(
    skipElectron
      ? 'STORYBANK_NO_ELECTRON is set, so Storybank is opening in your browser.'
      : 'Storybank could not get the Electron runtime (no connection to GitHub), ' +
          'so it is opening in your browser instead.',
  );
  runToExit(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args]);
}
