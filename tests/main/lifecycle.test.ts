import { describe, expect, it, vi } from 'vitest';
import { createQuitGuard, QUIT_SIGNALS, quitsWhenAllWindowsClose } from '../../src/main/lifecycle';

const event = () => ({ preventDefault: vi.fn() });
const settle = () => new Promise((done) => setTimeout(done, 0));

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('quitsWhenAllWindowsClose', () => {
  it('keeps macOS in the dock and quits elsewhere', () => {
    expect(quitsWhenAllWindowsClose('darwin')).toBe(false);
    expect(quitsWhenAllWindowsClose('win32')).toBe(true);
    expect(quitsWhenAllWindowsClose('linux')).toBe(true);
  });
});

describe('QUIT_SIGNALS', () => {
  it('saves on Ctrl+C, kill and a closed terminal', () => {
    expect(QUIT_SIGNALS).toEqual(['SIGINT', 'SIGTERM', 'SIGHUP']);
  });
});

describe('createQuitGuard', () => {
  it('holds the first quit until the bank is saved, then quits', async () => {
    const save = deferred();
    const close = vi.fn(() => save.promise);
    const quit = vi.fn();
    const guard = createQuitGuard({ close, quit, onFailure: () => 'stay' });

    const first = event();
    guard.beforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(guard.phase).toBe('saving');

    // A second quit (another signal, a session ending) waits for the same save.
    const second = event();
    guard.beforeQuit(second);
    expect(second.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();

    save.resolve();
    await settle();
    expect(guard.phase).toBe('ready');
    expect(quit).toHaveBeenCalledOnce();

    const last = event();
    guard.beforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the app quit at once when no bank is open', () => {
    const quit = vi.fn();
    const guard = createQuitGuard({ close: () => null, quit, onFailure: () => 'stay' });
    const only = event();
    guard.beforeQuit(only);
    expect(only.preventDefault).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('stays open when the save fails and the person chooses to stay, and tries again later', async () => {
    const close = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValueOnce(undefined);
    const quit = vi.fn();
    const onFailure = vi.fn(() => 'stay' as const);
    const guard = createQuitGuard({ close, quit, onFailure });

    guard.beforeQuit(event());
    await settle();
    expect(onFailure).toHaveBeenCalledWith(new Error('disk full'));
    expect(guard.phase).toBe('running');
    expect(quit).not.toHaveBeenCalled();

    guard.beforeQuit(event());
    await settle();
    expect(close).toHaveBeenCalledTimes(2);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('quits without saving only when the person says so', async () => {
    const quit = vi.fn();
    const guard = createQuitGuard({
      close: () => Promise.reject(new Error('read-only')),
      quit,
      onFailure: () => 'quit',
    });
    guard.beforeQuit(event());
    await settle();
    expect(guard.phase).toBe('ready');
    expect(quit).toHaveBeenCalledOnce();
  });
});
