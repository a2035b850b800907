// Packs Storybank for real, as `npm run dist` would on Linux but stopping at the unpacked app
// (`--dir`), with a stand-in Electron runtime so nothing is downloaded; then reads app.asar.
// About 30 s: it runs electron-builder's whole file collection, dependencies included.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import { FUSES } from '../../../scripts/packaging/fuses';
import { stubElectronDist } from './stub-electron';

const root = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

let base = '';
let appOutDir = '';
let files: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    throw new Error('Run `npx electron-vite build` first: the packing test packs out/.');
  }
  base = mkdtempSync(join(tmpdir(), 'storybank-pack-'));
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist: stubElectronDist(join(base, 'electron')),
      directories: { ...config.directories, output: join(base, 'dist') },
    },
  });
  appOutDir = join(base, 'dist', 'linux-unpacked');
  files = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((file) =>
    file.replaceAll('\\', '/'),
  );
}, 240_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

const ours = () => files.filter((file) => !file.startsWith('/node_modules/'));

describe('app.asar', () => {
  it('holds the built app: main, preload, renderer, the window icon and package.json', () => {
    expect(ours()).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/resources/icon.png',
      ]),
    );
    expect(ours().some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
  });

  it('holds no sources, tests, maps, browser mode or command line', () => {
    const unwanted = ours().filter(
      (file) =>
        /^\/(src|tests|bench|scripts|docs|bin|\.tmp|test-results|dist)(\/|$)/.test(file) ||
        /\.(ts|tsx|map)$/.test(file) ||
        /^\/out\/main\/(web|cli)\.js$/.test(file) ||
        /^\/resources\/icons\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('holds no secrets or local settings anywhere, dependencies included', () => {
    const secret = files.filter((file) =>
      /(^|\/)(\.env(\..*)?|\.npmrc|id_rsa|.*\.(pem|key|p12|pfx))$/.test(file),
    );
    expect(secret).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('carries the production dependencies the main bundle loads, and no dev tools', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      expect(files, name).toContain(`/node_modules/${name}/package.json`);
    }
    for (const dev of ['electron', 'electron-builder', 'vitest', 'typescript', 'react', 'vite']) {
      expect(files, dev).not.toContain(`/node_modules/${dev}/package.json`);
    }
  });

  it('has package.json’s version and entry point', () => {
    const packed = JSON.parse(
      extractFile(join(appOutDir, 'resources', 'app.asar'), 'package.json').toString('utf8'),
    ) as { version: string; main: string };
    expect(packed.version).toBe(pkg.version);
    expect(packed.main).toBe('out/main/index.js');
  });
});

describe('the packed binary', () => {
  it('has its fuses flipped by the afterPack hook', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'storybank'));
    for (const [name, value] of Object.entries(FUSES)) {
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(
        value ? FuseState.ENABLE : FuseState.DISABLE,
      );
    }
  });
});
