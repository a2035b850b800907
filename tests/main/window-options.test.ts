import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { APP_ENTRY } from '../../src/main/app-protocol';
import {
  BACKGROUND,
  rendererRoot,
  rendererUrl,
  windowOptions,
} from '../../src/main/window-options';

const options = windowOptions({
  preloadPath: '/app/out/preload/index.cjs',
  bounds: { x: 10, y: 20, width: 1000, height: 700 },
});

describe('windowOptions', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
  ] as const)('sets %s to %s explicitly', (flag, value) => {
    // Explicit, not left to Electron's defaults, which have changed between versions.
    expect(options.webPreferences).toHaveProperty(flag, value);
  });

  it('has no web preference beyond the reviewed ones', () => {
    expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('has developer tools only when asked (running from source), never by default', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    const dev = windowOptions({
      preloadPath: 'p',
      bounds: { width: 1, height: 1 },
      devTools: true,
    });
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('checks spelling offline only: on macOS and Windows, not on Linux (dictionary downloads)', () => {
    const on = (platform: NodeJS.Platform) =>
      windowOptions({ preloadPath: 'p', bounds: { width: 1, height: 1 }, platform }).webPreferences
        ?.spellcheck;
    expect(on('darwin')).toBe(true);
    expect(on('win32')).toBe(true);
    expect(on('linux')).toBe(false);
  });

  it('opens hidden, titled, at the given bounds, no smaller than 900×600', () => {
    expect(options).toMatchObject({
      show: false,
      title: 'Storybank',
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: 900,
      minHeight: 600,
    });
  });

  it('paints the background of the current theme', () => {
    expect(options.backgroundColor).toBe(BACKGROUND.light);
    const dark = windowOptions({ preloadPath: 'p', bounds: { width: 1, height: 1 }, dark: true });
    expect(dark.backgroundColor).toBe(BACKGROUND.dark);
  });

  it('sets the icon only when given one', () => {
    expect(options).not.toHaveProperty('icon');
    const withIcon = windowOptions({
      preloadPath: 'p',
      bounds: { width: 1, height: 1 },
      icon: '/app/resources/icon.png',
    });
    expect(withIcon.icon).toBe('/app/resources/icon.png');
  });
});

describe('rendererUrl', () => {
  it('loads the built page through the app protocol when packaged, whatever the environment says', () => {
    expect(rendererUrl({ isPackaged: true, devUrl: 'http://localhost:5173/' })).toBe(APP_ENTRY);
    expect(APP_ENTRY).toBe('storybank://app/index.html');
  });

  it('loads the dev server from source, on this machine only', () => {
    expect(rendererUrl({ isPackaged: false, devUrl: 'http://localhost:5173' })).toBe(
      'http://localhost:5173/',
    );
    for (const devUrl of ['https://evil.example/', 'http://10.0.0.2:5173/', 'file:///x', 'junk']) {
      expect(rendererUrl({ isPackaged: false, devUrl })).toBe(APP_ENTRY);
    }
  });

  it('loads the built page when there is no dev server', () => {
    expect(rendererUrl({ isPackaged: false, devUrl: undefined })).toBe(APP_ENTRY);
  });
});

describe('rendererRoot', () => {
  it('is the built renderer beside the built main', () => {
    expect(rendererRoot(join('/app', 'out', 'main'))).toBe(join('/app', 'out', 'renderer'));
  });
});
