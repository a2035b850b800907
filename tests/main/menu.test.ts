import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../src/main/menu';

/** Every role in the template, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.label ?? item.role);

function setup(overrides: Partial<MenuOptions> = {}) {
  const actions = {
    openBank: vi.fn(),
    openRecentBank: vi.fn(),
    clearRecentBanks: vi.fn(),
    showDataFolder: vi.fn(),
  };
  const template = menuTemplate({
    isMac: false,
    isDev: false,
    version: '1.2.3',
    dataDir: '/home/ann/.config/Storybank',
    recentBanks: [],
    home: '/home/ann',
    actions,
    ...overrides,
  });
  const menu = (label: string) => {
    const found = template.find((item) => (item.label ?? item.role) === label);
    return (found?.submenu ?? []) as MenuItemConstructorOptions[];
  };
  return { template, actions, menu };
}

describe('menuTemplate', () => {
  it('gives Windows and Linux File, Edit, View, Window and Help, File quitting', () => {
    const { template, menu } = setup();
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(menu('File').at(-1)).toEqual({ role: 'quit' });
    expect(roles(template)).not.toContain('appMenu');
  });

  it('gives macOS the app menu first, and File closes the window (the app stays in the dock)', () => {
    const { template, menu } = setup({ isMac: true });
    expect(labels(template)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(menu('File').at(-1)).toEqual({ role: 'close' });
    expect(roles(menu('File'))).not.toContain('quit');
  });

  it('offers the standard editing commands', () => {
    expect(roles(setup().menu('Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
    expect(roles(setup({ isMac: true }).menu('Edit'))).toContain('pasteAndMatchStyle');
  });

  it('offers reload, zoom and full screen in View', () => {
    expect(roles(setup().menu('View'))).toEqual(
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
      expect(roles(setup({ isMac, isDev: false }).template)).not.toContain('toggleDevTools');
      expect(roles(setup({ isMac, isDev: true }).template)).toContain('toggleDevTools');
    }
  });

  it('says the version and the data folder in Help, and shows the folder', () => {
    const { menu, actions } = setup();
    const help = menu('help');
    expect(help[0]).toEqual({ label: 'Storybank 1.2.3', enabled: false });
    expect(help[1]).toEqual({ label: 'Data folder: ~/.config/Storybank', enabled: false });
    const show = help.find((item) => item.label === 'Show Data Folder');
    show?.click?.({} as never, undefined, {} as never);
    expect(actions.showDataFolder).toHaveBeenCalledOnce();
  });

  it('opens another bank, and lists the recent ones but the open one', () => {
    const { menu, actions } = setup({
      recentBanks: ['/home/ann/.config/Storybank', '/home/ann/interviews', '/mnt/sync/bank'],
    });
    const file = menu('File');
    expect(file[0]).toMatchObject({ label: 'Open Another Bank…', accelerator: 'CmdOrCtrl+O' });
    file[0]?.click?.({} as never, undefined, {} as never);
    expect(actions.openBank).toHaveBeenCalledOnce();

    const recent = file[1]?.submenu as MenuItemConstructorOptions[];
    expect(labels(recent)).toEqual(['~/interviews', '/mnt/sync/bank', undefined, 'Clear Recent']);
    recent[1]?.click?.({} as never, undefined, {} as never);
    expect(actions.openRecentBank).toHaveBeenCalledWith('/mnt/sync/bank');
    recent[3]?.click?.({} as never, undefined, {} as never);
    expect(actions.clearRecentBanks).toHaveBeenCalledOnce();
  });

  it('says so when there is no other bank yet', () => {
    const recent = setup().menu('File')[1]?.submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No other banks yet', enabled: false }]);
  });
});
