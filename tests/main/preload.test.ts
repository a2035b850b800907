import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY } from '../../src/shared/bridge';
import { CHANNELS } from '../../src/shared/channels';
import { BUILT } from '../built';

const root = new URL('../../', import.meta.url);
const built = join(BUILT, 'preload/index.cjs');
const sources = ['src/preload/index.ts', 'src/shared/channels.ts', 'src/shared/bridge.ts'];

/**
 * Runs the built preload the way a sandboxed renderer does: CommonJS, where `require` knows
 * 'electron' only. Returns what it exposed and the stand-in ipcRenderer.
 */
function loadPreload() {
  const exposed = new Map<string, unknown>();
  const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 1 })) };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer,
  };
  const require = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', readFileSync(built, 'utf8'))(
    require,
    module,
    module.exports,
  );
  return { exposed, ipcRenderer };
}

describe('built preload (out/preload/index.cjs)', () => {
  beforeAll(() => {
    const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs;
    const stale = sources.filter((file) => statSync(new URL(file, root)).mtimeMs > (builtAt ?? 0));
    if (stale.length) {
      throw new Error(
        `Run \`npx electron-vite build\` first: newer than the build: ${stale.join(', ')}`,
      );
    }
  });

  it('loads with nothing but electron, and exposes one object with only invoke', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY]);
    const bridge = exposed.get(BRIDGE_KEY) as object;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof (bridge as { invoke: unknown }).invoke).toBe('function');
  });

  it('refuses an unknown channel without reaching main', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const { invoke } = exposed.get(BRIDGE_KEY) as { invoke: (...args: unknown[]) => unknown };
    for (const channel of ['shell:openExternal', 'fs:read', '', undefined, 42, 'bank:load ']) {
      await expect(invoke(channel, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards every known channel with its input and returns main’s answer', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const { invoke } = exposed.get(BRIDGE_KEY) as { invoke: (...args: unknown[]) => unknown };
    for (const channel of CHANNELS) {
      await expect(invoke(channel, { id: 'x' })).resolves.toEqual({ ok: true, value: 1 });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { id: 'x' });
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('answers with an envelope when the request cannot be sent', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    const { invoke } = exposed.get(BRIDGE_KEY) as { invoke: (...args: unknown[]) => unknown };
    await expect(invoke('bank:load', { f: () => 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
