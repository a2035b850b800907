import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  screen,
  session,
  shell,
} from 'electron';
import { errorText, isStorybankError } from '../core/errors';
import { createHandlers } from '../handlers';
import { resolveDataDir } from '../core/paths';
import { parseFlags } from '../core/args';
import { BankStore } from '../core/store/store';
import { registerIpc } from './ipc';
import { saveFileWithDialog } from './save-file';
import { menuTemplate } from './menu';
import { hardenWebContents } from './security';
import { guardPermissions, MicrophoneGate } from './permissions';
import { rendererUrl, windowOptions } from './window-options';
import { fitToDisplays, loadWindowState, trackWindowState, windowStatePath } from './window-state';

const appUrl = rendererUrl({
  isPackaged: app.isPackaged,
  devUrl: process.env.ELECTRON_RENDERER_URL,
  mainDir: import.meta.dirname,
});
const openExternal = (url: string) => shell.openExternal(url);
/** shell.openPath answers an error message instead of failing; make it fail. */
const openFolder = async (path: string) => {
  const problem = await shell.openPath(path);
  if (problem) throw new Error(problem);
};

let store: BankStore | null = null;
let mainWindow: BrowserWindow | null = null;
let quitState: 'running' | 'closing-store' | 'ready-to-quit' = 'running';

if (!app.requestSingleInstanceLock()) {
  // Storybank is already running: 'second-instance' brings its window forward.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  // Every web contents, including any Electron creates later, gets the same locks.
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { appUrl, openExternal }),
  );
  app.on('before-quit', closeStoreThenQuit);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(store);
  });
  // Ctrl+C in the terminal or `kill` from scripts/start.mjs: save before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  // Not strict: Electron's command line carries Chromium's switches too.
  const { values } = parseFlags(process.argv.slice(1), { values: ['--data'] }, { strict: false });
  const dataDir = resolveDataDir(values.get('--data'), process.env, app.getPath('userData'));
  try {
    store = await BankStore.open({ dataDir });
  } catch (error) {
    fail(error);
    return;
  }
  const microphone = new MicrophoneGate();
  guardPermissions(session.defaultSession, {
    appUrl,
    gate: microphone,
    isOurWindow: (contents) => !!mainWindow && contents === mainWindow.webContents,
  });
  registerIpc({
    ipcMain,
    handlers: createHandlers({
      store,
      openPath: openFolder,
      saveFile: saveFileWithDialog(() => mainWindow),
      allowMicrophone: () => microphone.open(),
    }),
    getWindow: () => mainWindow,
    revision: () => store?.outsideRevision ?? 0,
    appUrl,
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged }),
    ),
  );
  mainWindow = createWindow(store);
}

function createWindow(bank: BankStore): BrowserWindow {
  const stateFile = windowStatePath(bank.dataDir);
  const bounds = fitToDisplays(loadWindowState(stateFile), screen.getAllDisplays());
  const { maximized, ...rect } = bounds;
  const window = new BrowserWindow(
    windowOptions({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      bounds: rect,
      dark: nativeTheme.shouldUseDarkColors,
      icon: join(app.getAppPath(), 'resources', 'icon.png'),
    }),
  );
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appUrl);
  return window;
}

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The first quit waits for the store to save pending changes and release the folder's lock. */
function closeStoreThenQuit(event: Electron.Event): void {
  if (!store || quitState === 'ready-to-quit') return;
  event.preventDefault();
  if (quitState === 'closing-store') return;
  quitState = 'closing-store';
  store.close().then(
    () => {
      quitState = 'ready-to-quit';
      app.quit();
    },
    (error: unknown) => {
      // Quitting now would lose what the save could not write: the person decides.
      const choice = dialog.showMessageBoxSync({
        type: 'warning',
        message: 'Storybank could not save your latest changes.',
        detail: `${errorText(error)}\n\nStay to copy your text or fix the problem, or quit anyway.`,
        buttons: ['Stay in Storybank', 'Quit without saving'],
        defaultId: 0,
        cancelId: 0,
      });
      quitState = choice === 1 ? 'ready-to-quit' : 'running';
      if (choice === 1) app.quit();
    },
  );
}

function fail(error: unknown): void {
  const message = isStorybankError(error)
    ? error.message
    : `Storybank could not start: ${errorText(error)}`;
  if (!isStorybankError(error)) console.error(error);
  dialog.showErrorBox('Storybank', message);
  // Nothing is open yet, so there is nothing to save: leave with a failure code.
  app.exit(1);
}
