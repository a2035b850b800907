import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Envelope } from '../../src/shared/channels';
import type { Handlers } from '../../src/shared/contract';
import { FORBIDDEN, registerIpc } from '../../src/main/ipc';
import type { FrameLike, WindowLike } from '../../src/main/sender-check';

const APP = 'file:///opt/storybank/out/renderer/index.html';
const mainFrame: FrameLike = { url: APP, parent: null, processId: 3, routingId: 1 };
const ourWindow: WindowLike = { isDestroyed: () => false, webContents: { mainFrame } };

type Listener = (event: { senderFrame: FrameLike | null }, input: unknown) => Promise<Envelope>;

function setup(getWindow: () => WindowLike | null = () => ourWindow) {
  const registered = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => registered.set(channel, listener)),
  };
  // Each handler echoes what it got, so the test sees what dispatch passed on.
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [channel, vi.fn(async (input: unknown) => ({ channel, input }))]),
  ) as unknown as Handlers;
  const log = vi.fn();
  registerIpc({
    ipcMain: ipcMain as unknown as Parameters<typeof registerIpc>[0]['ipcMain'],
    handlers,
    getWindow,
    appUrl: APP,
    log,
  });
  const call = (channel: string, input: unknown, senderFrame: FrameLike | null = mainFrame) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`${channel} is not registered`);
    return listener({ senderFrame }, input);
  };
  return { registered, handlers, call, log };
}

describe('registerIpc', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setup().registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our page through dispatch', async () => {
    const { call } = setup();
    await expect(call('stories:get', { id: 'abc' })).resolves.toEqual({
      ok: true,
      value: { channel: 'stories:get', input: { id: 'abc' } },
    });
  });

  it('passes input checks on to dispatch and never throws', async () => {
    const { call, handlers } = setup();
    const answer = await call('stories:get', { id: '' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handlers['stories:get']).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an internal-error envelope', async () => {
    const { call, handlers, log } = setup();
    vi.mocked(handlers['bank:load']).mockRejectedValueOnce(new Error('disk on fire'));
    await expect(call('bank:load', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(log).toHaveBeenCalledOnce();
  });

  it.each([
    ['no frame', null],
    ['an iframe', { ...mainFrame, parent: mainFrame, routingId: 9 }],
    ['another window', { ...mainFrame, processId: 99 }],
    ['a foreign page', { ...mainFrame, url: 'https://evil.example/' }],
  ])('refuses %s without running a handler', async (_name, senderFrame) => {
    const { call, handlers } = setup();
    await expect(call('stories:list', {}, senderFrame)).resolves.toEqual(FORBIDDEN);
    expect(handlers['stories:list']).not.toHaveBeenCalled();
  });

  it('refuses everyone while the window is closed', async () => {
    const { call } = setup(() => null);
    await expect(call('bank:load', undefined)).resolves.toEqual(FORBIDDEN);
  });

  it('says why in words a person can read', () => {
    expect(FORBIDDEN).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(FORBIDDEN.ok === false && FORBIDDEN.error.message.length).toBeGreaterThan(10);
  });
});
