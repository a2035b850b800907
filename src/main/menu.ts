import type { MenuItemConstructorOptions } from 'electron';
import { recentBankLabel } from './recent-banks';

/** What the menu's own items do; index.ts supplies them, tests record them. */
export interface MenuActions {
  openBank(): void;
  openRecentBank(dir: string): void;
  clearRecentBanks(): void;
  showDataFolder(): void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Running from source (not packaged): the only case that offers developer tools. */
  isDev: boolean;
  version: string;
  dataDir: string;
  recentBanks: readonly string[];
  home?: string;
  actions: MenuActions;
}

/**
 * The native menu. Standard items use roles, so Electron supplies the labels, shortcuts and
 * platform habits (and macOS its Services, Speech and window list); our own items are the
 * bank's folder, the version and the data folder.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev } = options;
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: fileMenu(options) },
    { label: 'Edit', submenu: editMenu(isMac) },
    { label: 'View', submenu: viewMenu(isDev) },
    { role: 'windowMenu' },
    { role: 'help', submenu: helpMenu(options) },
  ];
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, actions, recentBanks, dataDir, home } = options;
  const others = recentBanks.filter((dir) => dir !== dataDir);
  const recent: MenuItemConstructorOptions[] = others.length
    ? [
        ...others.map((dir) => ({
          label: recentBankLabel(dir, home),
          click: () => actions.openRecentBank(dir),
        })),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => actions.clearRecentBanks() },
      ]
    : [{ label: 'No other banks yet', enabled: false }];
  return [
    { label: 'Open Another Bank…', accelerator: 'CmdOrCtrl+O', click: () => actions.openBank() },
    { label: 'Open Recent', submenu: recent },
    { type: 'separator' },
    // On macOS the app menu quits; File closes the window and the app stays in the dock.
    isMac ? { role: 'close' } : { role: 'quit' },
  ];
}

function editMenu(isMac: boolean): MenuItemConstructorOptions[] {
  return [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ];
}

function viewMenu(isDev: boolean): MenuItemConstructorOptions[] {
  return [
    { role: 'reload' },
    { role: 'forceReload' },
    ...(isDev ? [{ role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
}

function helpMenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const { version, dataDir, home, actions } = options;
  return [
    // Shown, not clickable: what a person reads out when asking for help.
    { label: `Storybank ${version}`, enabled: false },
    { label: `Data folder: ${recentBankLabel(dataDir, home)}`, enabled: false },
    { label: 'Show Data Folder', click: () => actions.showDataFolder() },
  ];
}
