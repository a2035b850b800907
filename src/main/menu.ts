import type { MenuItemConstructorOptions } from 'electron';

/**
 * The native menu, built from roles so Electron supplies the labels, shortcuts and platform
 * habits. Developer tools are only offered when running from source.
 */
export function menuTemplate(options: {
  isMac: boolean;
  isDev: boolean;
}): MenuItemConstructorOptions[] {
  const { isMac, isDev } = options;
  const view: MenuItemConstructorOptions[] = [
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
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
