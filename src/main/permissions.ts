import type { Session, WebContents } from 'electron';
import { isAppUrl } from './security';

/**
 * Storybank asks for one permission only: the microphone, for rehearsal recordings, and only
 * from its own window, only for audio, and only in the moments after the person pressed
 * Record. Everything else (camera, location, notifications, devices, clipboard reads) stays
 * denied, as it always was.
 */

/** How long after pressing Record the window may ask for the microphone. */
export const MICROPHONE_WINDOW_MS = 30_000;

export interface PermissionAsk {
  permission: string;
  /** For 'media', what the page asks for ('audio', 'video'). */
  mediaTypes: readonly string[];
  requestingUrl: string;
  fromOurWindow: boolean;
}

/** Opened by the Record button (through the contract), closed again after a short while. */
export class MicrophoneGate {
  private openUntil = -Infinity;

  constructor(private readonly clock: () => number = Date.now) {}

  open(): void {
    this.openUntil = this.clock() + MICROPHONE_WINDOW_MS;
  }

  isOpen(): boolean {
    return this.clock() <= this.openUntil;
  }
}

export function decidePermission(
  ask: PermissionAsk,
  appUrl: string,
  gate: MicrophoneGate,
): boolean {
  return (
    ask.permission === 'media' &&
    ask.mediaTypes.length > 0 &&
    ask.mediaTypes.every((type) => type === 'audio') &&
    ask.fromOurWindow &&
    isAppUrl(ask.requestingUrl, appUrl) &&
    gate.isOpen()
  );
}

type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function guardPermissions(
  session: SessionLike,
  options: {
    appUrl: string;
    gate: MicrophoneGate;
    isOurWindow: (contents: WebContents | null) => boolean;
  },
): void {
  const { appUrl, gate, isOurWindow } = options;
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const ask = {
      permission,
      mediaTypes,
      requestingUrl: details.requestingUrl ?? '',
      fromOurWindow: isOurWindow(contents),
    };
    callback(decidePermission(ask, appUrl, gate));
  });
  // Chromium checks before it asks; the same rule answers both.
  session.setPermissionCheckHandler((contents, permission, _origin, details) => {
    const ask = {
      permission,
      mediaTypes: details.mediaType ? [details.mediaType] : [],
      requestingUrl: details.requestingUrl ?? '',
      fromOurWindow: isOurWindow(contents),
    };
    return decidePermission(ask, appUrl, gate);
  });
  session.setDevicePermissionHandler(() => false);
}
