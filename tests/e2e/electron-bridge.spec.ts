import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { createHandlers } from '../../src/handlers';
import { BankStore } from '../../src/core/store/store';
import { registerIpc } from '../../src/main/ipc';
import type { FrameLike } from '../../src/main/sender-check';
import { startWebServer } from '../../src/server/http-server';
import { BUILT } from '../built';
import { expect, test } from './web-app';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

/**
 * The Electron path without Electron: the BUILT preload runs in the page with a stand-in
 * `electron` module, and its ipcRenderer.invoke reaches main's real registerIpc → dispatch →
 * handlers → store in this process. The page is served over http only because module scripts
 * do not load from file://; its API server is never called (the bridge takes precedence).
 */
test('the preload bridge reaches the same handlers as browser mode', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'storybank-bridge-'));
  const store = await BankStore.open({ dataDir });
  const handlers = createHandlers({ store });
  const server = await startWebServer({
    handlers: {
      ...handlers,
      // Proves the page never falls back to HTTP: any call here fails the test.
      'bank:load': () => Promise.reject(new Error('the page used HTTP instead of the bridge')),
    },
    rendererDir: join(BUILT, 'renderer'),
    token: 'unused',
  });
  const appUrl = `http://127.0.0.1:${server.port}/`;
  try {
    const listeners = new Map<string, Listener>();
    const mainFrame: FrameLike = { url: appUrl, parent: null, processId: 1, routingId: 1 };
    registerIpc({
      ipcMain: {
        handle: (channel: string, listener: Listener) => void listeners.set(channel, listener),
      },
      handlers,
      getWindow: () => ({ isDestroyed: () => false, webContents: { mainFrame } }),
      appUrl,
      log: () => undefined,
    } as unknown as Parameters<typeof registerIpc>[0]);

    const invoked: string[] = [];
    await page.exposeBinding('__ipcInvoke', async (source, channel: string, input: unknown) => {
      invoked.push(channel);
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`No handler registered for ${channel}`);
      const frame = {
        url: source.frame.url(),
        parent: source.frame.parentFrame() ? {} : null,
        processId: 1,
        routingId: 1,
      };
      return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, input);
    });

    const preload = await readFile(join(BUILT, 'preload/index.cjs'), 'utf8');
    await page.addInitScript(`(() => {
      const electron = {
        contextBridge: { exposeInMainWorld: (key, value) => { window[key] = value; } },
        ipcRenderer: { invoke: (channel, input) => window.__ipcInvoke(channel, input) },
      };
      const require = (name) => {
        if (name === 'electron') return electron;
        throw new Error('A sandboxed preload cannot require ' + name);
      };
      const module = { exports: {} };
      (function (require, module, exports) {\n${preload}\n})(require, module, module.exports);
    })();`);

    await page.goto(appUrl);
    expect(
      await page.evaluate(() =>
        Object.keys((globalThis as { storybank?: object }).storybank ?? {}),
      ),
    ).toEqual(['invoke']);
    await page.getByLabel('Story title').fill('Told through the bridge');
    await page.getByRole('button', { name: 'Create story' }).click();
    await expect(page.getByRole('listbox', { name: 'Stories' })).toContainText(
      'Told through the bridge',
    );

    expect(invoked).toContain('bank:load');
    expect(invoked).toContain('stories:create');
    await store.close();
    const onDisk = JSON.parse(await readFile(join(dataDir, 'storybank.json'), 'utf8'));
    expect(onDisk.stories[0].title).toBe('Told through the bridge');
  } finally {
    await server.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
