import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Envelope } from '../shared/channels';
import type { Handlers } from '../shared/contract';
import { dispatch } from '../shared/dispatch';
import { isTrustedSender, type WindowLike } from './sender-check';

export const FORBIDDEN: Envelope = {
  ok: false,
  error: { code: 'forbidden', message: 'Storybank only answers its own window.' },
};

export interface IpcOptions {
  ipcMain: Pick<IpcMain, 'handle'>;
  handlers: Handlers;
  /** The app's window right now (it can be closed and re-created on macOS). */
  getWindow: () => WindowLike | null;
  appUrl: string;
  log?: (error: unknown) => void;
  revision?: () => number;
}

/**
 * Answers every channel of the contract, for the app's own page only. Input checks and errors
 * are `dispatch`'s job; what crosses back is always an Envelope, never a thrown error.
 */
export function registerIpc(options: IpcOptions): void {
  const { ipcMain, handlers, getWindow, appUrl, log, revision } = options;
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(senderFrameOf(event), getWindow(), appUrl)) return FORBIDDEN;
      return dispatch(handlers, channel, input, log, revision);
    });
  }
}

function senderFrameOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>) {
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
}
