// `npm install` skips Electron's runtime (allowScripts / ELECTRON_SKIP_BINARY_DOWNLOAD) and
// scripts/start.mjs runs node_modules/electron/install.js on the first `npm start`. Electron 45's
// package asks for Node 22.12; this runs that installer on the Node running the tests (20 here)
// against a local stand-in for the download site, in a copy, so the project's own
// node_modules/electron stays as it is.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
const electronDir = join(root, 'node_modules', 'electron');
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as {
  version: string;
};
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const zip = zipSync({ electron: strToU8('#!/bin/sh\necho stand-in\n'), version: strToU8(version) });
const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;

let server: Server;
let base = '';
let mirror = '';
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.url === `/v${version}/${zipName}`) response.end(Buffer.from(zip));
    else if (request.url === `/v${version}/SHASUMS256.txt`) response.end(sums);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  base = mkdtempSync(join(tmpdir(), 'storybank-electron-install-'));
  cpSync(electronDir, join(base, 'node_modules', 'electron'), {
    recursive: true,
    filter: (source) => !source.startsWith(join(electronDir, 'dist')),
  });
});

afterAll(() => {
  server?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("Electron's runtime installer", () => {
  it(`is Electron 45 or newer`, () => {
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it(`downloads, checks and unpacks the runtime on Node ${process.versions.node}`, async () => {
    const copy = join(base, 'node_modules', 'electron');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Its dependencies are the project's; only the package itself is copied.
      NODE_PATH: join(root, 'node_modules'),
      ELECTRON_MIRROR: mirror,
      electron_use_remote_checksums: '1',
      electron_config_cache: join(base, 'cache'),
    };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    // Asynchronous: the stand-in site answers from this same process.
    const install = await run(process.execPath, [join(copy, 'install.js')], {
      cwd: base,
      env,
      timeout: 60_000,
    });
    expect(install.stderr).toBe('');
    expect(asked).toContain(`/v${version}/${zipName}`);
    expect(existsSync(join(copy, 'dist', 'electron'))).toBe(true);
    // What scripts/start.mjs then finds with require('electron').
    const found = await run(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
      cwd: base,
      env,
    });
    expect(found.stdout).toBe(join(copy, 'dist', 'electron'));
  });
});
