import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { errorText, isStorybankError } from '../core/errors';
import { createHandlers } from '../handlers';
import { resolveDataDir } from '../core/paths';
import { parseFlags } from '../core/args';
import { BankStore } from '../core/store/store';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestHandler } from './app-protocol';
import { handOverFrom, relaunchArgs, secondLaunchAction } from './bank-switch';
import { registerIpc } from './ipc';
import { createQuitGuard, QUIT_SIGNALS, quitsWhenAllWindowsClose } from './lifecycle';
import { saveFileWithDialog } from './save-file';
import { menuTemplate } from './menu';
import {
  forgetBank,
  loadRecentBanks,
  recentBanksPath,
  rememberBank,
  saveRecentBanks,
} from './recent-banks';
import { hardenWebContents } from './security';
import { guardPermissions, MicrophoneGate } from './permissions';
import { rendererRoot, rendererUrl, windowOptions } from './window-options';
import { fitToDisplays, loadWindowState, trackWindowState, windowStatePath } from './window-state';

const appUrl = rendererUrl({
  isPackaged: app.isPackaged,
  devUrl: process.env.ELECTRON_RENDERER_URL,
});
const openExternal = (url: string) => shell.openExternal(url);
/** shell.openPath answers an error message instead of failing; make it fail. */
const openFolder = async (path: string) => {
  const problem = await shell.openPath(path);
  if (problem) throw new Error(problem);
};
const { dataFlag, flagProblem } = readDataFlag(process.argv.slice(1));

let store: BankStore | null = null;
let mainWindow: BrowserWindow | null = null;
/** Set by "Open Another Bank…": the arguments to restart with once the bank is saved. */
let relaunchWith: string[] | null = null;

const quitGuard = createQuitGuard({
  close: () => store?.close() ?? null,
  quit: () => {
    if (relaunchWith) app.relaunch({ args: relaunchWith });
    app.quit();
  },
  onFailure: (error) => {
    // Quitting now would lose what the save could not write: the person decides.
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      message: 'Storybank could not save your latest changes.',
      detail: `${errorText(error)}\n\nStay to copy your text or fix the problem, or quit anyway.`,
      buttons: ['Stay in Storybank', 'Quit without saving'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice !== 1) relaunchWith = null;
    return choice === 1 ? 'quit' : 'stay';
  },
});

// Must happen before 'ready': the scheme gets its origin and secure context at start-up.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock({ ...handOverFrom(dataFlag, process.cwd()) })) {
  // Storybank is already running: it comes forward and opens this launch's --data, if any.
  app.quit();
} else {
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    showMainWindow();
    const action = store ? secondLaunchAction(data, store.dataDir) : { kind: 'focus' as const };
    if (action.kind === 'switch') switchBank(action.dataDir);
  });
  // Every web contents, including any Electron creates later, gets the same locks.
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { appUrl, openExternal }),
  );
  app.on('before-quit', (event) => quitGuard.beforeQuit(event));
  app.on('window-all-closed', () => {
    if (quitsWhenAllWindowsClose(process.platform)) app.quit();
  });
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(store);
  });
  // Ctrl+C, `kill` from scripts/start.mjs or a session manager, a closed terminal: save first.
  for (const signal of QUIT_SIGNALS) process.on(signal, () => app.quit());
  app.whenReady().then(start).catch(fail);
}

/** Read before 'ready' (a second launch hands it over); a bad one is reported once started. */
function readDataFlag(args: string[]): { dataFlag?: string; flagProblem?: unknown } {
  try {
    // Not strict: Electron's command line carries Chromium's switches too.
    return {
      dataFlag: parseFlags(args, { values: ['--data'] }, { strict: false }).values.get('--data'),
    };
  } catch (error) {
    return { flagProblem: error };
  }
}

async function start(): Promise<void> {
  if (flagProblem) {
    fail(flagProblem);
    return;
  }
  protocol.handle(APP_SCHEME, appRequestHandler(rendererRoot(import.meta.dirname)));
  const dataDir = resolveDataDir(dataFlag, process.env, app.getPath('userData'));
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
  updateRecentBanks((list) => rememberBank(list, dataDir));
  // Linux and macOS: a shutdown or log-out waits (briefly) for the save.
  // Electron passes an event here (its docs say to call preventDefault) that its types omit.
  const onShutdown = (event?: { preventDefault(): void }) => {
    if (quitGuard.phase !== 'ready') event?.preventDefault();
    app.quit();
  };
  powerMonitor.on('shutdown', onShutdown as () => void);
  mainWindow = createWindow(store);
}

/** Changes the recent-banks list on disk and rebuilds the menu that shows it. */
function updateRecentBanks(change: (list: readonly string[]) => string[]): void {
  const file = recentBanksPath(app.getPath('userData'));
  const list = change(loadRecentBanks(file));
  saveRecentBanks(file, list);
  if (!store) return;
  const bank = store;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
        version: app.getVersion(),
        dataDir: bank.dataDir,
        recentBanks: list,
        home: homedir(),
        actions: {
          openBank: () => void chooseBank(),
          openRecentBank: (dir) => openRecentBank(dir),
          clearRecentBanks: () => updateRecentBanks(() => [bank.dataDir]),
          showDataFolder: () => void openFolder(bank.dataDir).catch(() => undefined),
        },
      }),
    ),
  );
}

async function chooseBank(): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open another bank',
    message: 'Choose the folder of a Storybank bank, or an empty folder to start a new one.',
    buttonLabel: 'Open Bank',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const choice = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  const dir = choice.filePaths[0];
  if (!choice.canceled && dir) switchBank(dir);
}

/** A recent folder that is gone (a drive unplugged, a folder moved) is not made anew. */
function openRecentBank(dir: string): void {
  if (existsSync(dir)) {
    switchBank(dir);
    return;
  }
  updateRecentBanks((list) => forgetBank(list, dir));
  dialog.showErrorBox('Storybank', `The folder ${dir} is no longer there.`);
}

/** Restarts on another bank: the ordinary quit saves this one and releases its lock. */
function switchBank(dataDir: string): void {
  if (store && dataDir === store.dataDir) return;
  updateRecentBanks((list) => rememberBank(list, dataDir));
  relaunchWith = relaunchArgs(process.argv.slice(1), dataDir);
  app.quit();
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
      devTools: !app.isPackaged,
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
  // Windows log-off or shutdown: ask for a moment to save, then quit the ordinary way.
  window.on('query-session-end', (event) => {
    if (quitGuard.phase !== 'ready') event.preventDefault();
    app.quit();
  });
  window.on('session-end', () => app.quit());
  void window.loadURL(appUrl);
  return window;
}

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    if (store && app.isReady()) mainWindow = createWindow(store);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
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
