import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY } from './app-protocol';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;

/** Painted before the page loads, so the window never flashes white in dark mode (or black in light). */
export const BACKGROUND = { light: '#f7f8f9', dark: '#1c1f22' } as const;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: WindowBounds;
  dark?: boolean;
  /** Used on Linux and Windows; macOS takes the icon from the app bundle. */
  icon?: string;
  platform?: NodeJS.Platform;
  /** Developer tools exist only when running from source; a packaged app cannot open them. */
  devTools?: boolean;
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const {
    preloadPath,
    bounds,
    dark = false,
    icon,
    platform = process.platform,
    devTools = false,
  } = input;
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Storybank',
    // Shown on 'ready-to-show', once the first paint is done.
    show: false,
    backgroundColor: dark ? BACKGROUND.dark : BACKGROUND.light,
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: preloadPath,
      // The page gets the bridge and nothing else: no Node, no Electron, its own JS world.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools,
      // macOS and Windows check spelling offline; on Linux Chromium would download dictionaries
      // from Google, and nothing in Storybank reaches the network.
      spellcheck: platform !== 'linux',
    },
  };
}

const DEV_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The folder the app's protocol serves: the built renderer next to the built main. */
export const rendererRoot = (mainDir: string): string => join(mainDir, '..', 'renderer');

/**
 * The page the window loads: electron-vite's dev server while developing (only on this machine),
 * the built renderer through the app's own protocol otherwise. A packaged app never follows the
 * environment variable, so nobody can point an installed Storybank at another page.
 */
export function rendererUrl(options: { isPackaged: boolean; devUrl: string | undefined }): string {
  const { isPackaged, devUrl } = options;
  if (!isPackaged && devUrl) {
    try {
      const url = new URL(devUrl);
      if (url.protocol === 'http:' && DEV_HOSTS.has(url.hostname)) return url.href;
    } catch {
      // Not a URL: fall through to the built page.
    }
  }
  return APP_ENTRY;
}
