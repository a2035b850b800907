import { isAppUrl } from './security';

/** The parts of Electron's WebFrameMain this check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { readonly mainFrame: FrameLike };
}

/**
 * Whether an IPC message comes from the app's own page: the main frame (not an iframe) of the
 * app's window, showing the app's URL. Anything else (another window, a frame that navigated
 * away, a frame already gone) is refused.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  window: WindowLike | null | undefined,
  appUrl: string,
): boolean {
  if (!frame || !window) return false;
  try {
    if (window.isDestroyed()) return false;
    const main = window.webContents.mainFrame;
    return (
      frame.parent === null &&
      frame.processId === main.processId &&
      frame.routingId === main.routingId &&
      isAppUrl(frame.url, appUrl)
    );
  } catch {
    // Electron throws when a disposed frame is read: such a sender is not trusted.
    return false;
  }
}
