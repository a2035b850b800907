import type { WebContents } from 'electron';
import { openExternalSafely, safeExternalUrl } from './links';

/**
 * Whether `url` is the app's own page: on the app's scheme, the same host (any path there is
 * served from the built renderer only); a file:// page has no meaningful origin, so it must be
 * the very same file; a dev-server page must share the origin. The hash and query may differ.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.origin === 'null' && app.protocol !== 'file:') {
    // Node gives our own standard scheme (storybank://app) no origin; Chromium does, and it is
    // the scheme and the host.
    return target.protocol === app.protocol && target.host === app.host && target.host !== '';
  }
  if (app.protocol === 'file:') {
    return (
      target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname
    );
  }
  return target.origin !== 'null' && target.origin === app.origin;
}

/** Navigation inside the window: only to the app's own page, never away from it. */
export function decideNavigation(url: string, appUrl: string): 'allow' | 'deny' {
  return isAppUrl(url, appUrl) ? 'allow' : 'deny';
}

export interface WindowOpenDecision {
  /** What Electron is told: the app never opens a second window. */
  response: { action: 'deny' };
  /** Whether the link goes to the person's browser instead. */
  openExternally: boolean;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  return { response: { action: 'deny' }, openExternally: safeExternalUrl(url) !== null };
}

type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Locks a web contents (the app's window, or anything else that ever gets created) to the app's
 * page: no navigating away, no new windows, no <webview>. https links open in the browser.
 */
export function hardenWebContents(
  contents: ContentsLike,
  options: { appUrl: string; openExternal: (url: string) => Promise<void> },
): void {
  const { appUrl, openExternal } = options;
  contents.on('will-navigate', (event) => {
    if (decideNavigation(event.url, appUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, appUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void openExternalSafely(url, openExternal);
    return decision.response;
  });
}
