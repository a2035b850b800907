import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src/main/menu';

/** Every role in the template, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.label ?? item.role);

describe('menuTemplate', () => {
  it('gives Windows and Linux File, Edit, View and Window menus, File quitting', () => {
    const template = menuTemplate({ isMac: false, isDev: false });
    expect(labels(template)).toEqual(['File', 'editMenu', 'View', 'windowMenu']);
    expect(template[0]?.submenu).toEqual([{ role: 'quit' }]);
    expect(roles(template)).not.toContain('appMenu');
  });

  it('gives macOS the app menu first, and File closes the window', () => {
    const template = menuTemplate({ isMac: true, isDev: false });
    expect(labels(template)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu']);
    expect(template[1]?.submenu).toEqual([{ role: 'close' }]);
  });

  it('offers reload, zoom and full screen in View', () => {
    expect(roles(menuTemplate({ isMac: false, isDev: false }))).toEqual(
      expect.arrayContaining([
        'reload',
        'forceReload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('offers developer tools only when running from source', () => {
    for (const isMac of [true, false]) {
      expect(roles(menuTemplate({ isMac, isDev: false }))).not.toContain('toggleDevTools');
      expect(roles(menuTemplate({ isMac, isDev: true }))).toContain('toggleDevTools');
    }
  });
});
