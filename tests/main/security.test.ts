import { describe, expect, it, vi } from 'vitest';
import {
  decideNavigation,
  decideWindowOpen,
  hardenWebContents,
  isAppUrl,
} from '../../src/main/security';

const FILE_APP = 'file:///opt/storybank/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the built page itself, with any hash or query', () => {
    expect(isAppUrl(FILE_APP, FILE_APP)).toBe(true);
    expect(isAppUrl(`${FILE_APP}#/stories/1`, FILE_APP)).toBe(true);
    expect(isAppUrl(`${FILE_APP}?view=map`, FILE_APP)).toBe(true);
  });

  it('refuses other files, even next to the app', () => {
    expect(isAppUrl('file:///opt/storybank/out/renderer/other.html', FILE_APP)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', FILE_APP)).toBe(false);
    expect(isAppUrl('file://server/opt/storybank/out/renderer/index.html', FILE_APP)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
  });

  it('refuses remote pages, opaque URLs and garbage', () => {
    for (const url of [
      'https://example.com/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, FILE_APP)).toBe(false);
      expect(isAppUrl(url, DEV_APP)).toBe(false);
    }
  });
});

describe('decideNavigation', () => {
  it('lets the page reload itself and refuses leaving it', () => {
    expect(decideNavigation(`${FILE_APP}#/x`, FILE_APP)).toBe('allow');
    expect(decideNavigation('https://example.com/', FILE_APP)).toBe('deny');
    expect(decideNavigation('file:///home/me/notes.html', FILE_APP)).toBe('deny');
  });
});

describe('decideWindowOpen', () => {
  it('never opens a window, and sends https links to the browser', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({
      response: { action: 'deny' },
      openExternally: true,
    });
  });

  it.each(['http://example.com/', 'file:///etc/passwd', FILE_APP, 'javascript:1', 'about:blank'])(
    'denies %s without opening anything',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({
        response: { action: 'deny' },
        openExternally: false,
      });
    },
  );
});

/** A stand-in web contents that records what the app registers on it. */
function fakeContents() {
  const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
  let windowOpen: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on(event: string, listener: (event: { url?: string; preventDefault(): void }) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      windowOpen = handler;
    },
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, openWindow: (url: string) => windowOpen?.({ url }), listeners };
}

describe('hardenWebContents', () => {
  const setup = () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async (_url: string) => undefined);
    hardenWebContents(fake.contents as unknown as Parameters<typeof hardenWebContents>[0], {
      appUrl: FILE_APP,
      openExternal,
    });
    return { ...fake, openExternal };
  };

  it('blocks navigating and redirecting away from the app, not within it', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', `${FILE_APP}#/stories`)).toBe(false);
    expect(fire('will-redirect', FILE_APP)).toBe(false);
  });

  it('blocks every <webview>', () => {
    expect(setup().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window and opens only https links outside', () => {
    const { openWindow, openExternal } = setup();
    expect(openWindow('https://example.com/guide')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openWindow('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/guide');
  });
});

describe('isAppUrl on the app protocol', () => {
  const APP = 'storybank://app/index.html';

  it('accepts any page the protocol serves, with any hash or query', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl('storybank://app/index.html#/stories/1', APP)).toBe(true);
    expect(isAppUrl('storybank://app/assets/index.js', APP)).toBe(true);
  });

  it('refuses another host, another scheme and files on the disk', () => {
    for (const url of [
      'storybank://evil/index.html',
      'https://app/index.html',
      'file:///opt/storybank/out/renderer/index.html',
      'about:blank',
      'data:text/html,hi',
    ]) {
      expect(isAppUrl(url, APP)).toBe(false);
    }
  });
});
