import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike, type WindowLike } from '../../src/main/sender-check';

const APP = 'file:///opt/storybank/out/renderer/index.html';

const frame = (overrides: Partial<FrameLike> = {}): FrameLike => ({
  url: `${APP}#/stories`,
  parent: null,
  processId: 7,
  routingId: 1,
  ...overrides,
});

const windowWith = (mainFrame: FrameLike, destroyed = false): WindowLike => ({
  isDestroyed: () => destroyed,
  webContents: { mainFrame },
});

describe('isTrustedSender', () => {
  const main = frame();
  const ours = windowWith(main);

  it("trusts our window's main frame on our page", () => {
    expect(isTrustedSender(main, ours, APP)).toBe(true);
    // Electron may hand out a new wrapper object for the same frame.
    expect(isTrustedSender(frame(), ours, APP)).toBe(true);
  });

  it('refuses an iframe inside our window', () => {
    expect(isTrustedSender(frame({ parent: main, routingId: 2 }), ours, APP)).toBe(false);
    expect(isTrustedSender(frame({ parent: main }), ours, APP)).toBe(false);
  });

  it("refuses another window's main frame", () => {
    expect(isTrustedSender(frame({ processId: 8 }), ours, APP)).toBe(false);
    expect(isTrustedSender(frame({ routingId: 5 }), ours, APP)).toBe(false);
  });

  it('refuses our main frame once it shows a foreign page', () => {
    const away = frame({ url: 'https://evil.example/' });
    expect(isTrustedSender(away, windowWith(away), APP)).toBe(false);
    const otherFile = frame({ url: 'file:///tmp/evil.html' });
    expect(isTrustedSender(otherFile, windowWith(otherFile), APP)).toBe(false);
  });

  it('refuses a missing frame or window, and a closed window', () => {
    expect(isTrustedSender(null, ours, APP)).toBe(false);
    expect(isTrustedSender(undefined, ours, APP)).toBe(false);
    expect(isTrustedSender(main, null, APP)).toBe(false);
    expect(isTrustedSender(main, windowWith(main, true), APP)).toBe(false);
  });

  it('refuses a frame Electron has already disposed (reading it throws)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      processId: 7,
      routingId: 1,
    };
    expect(isTrustedSender(disposed, ours, APP)).toBe(false);
  });
});
