import type { BankStore } from '../core/store/store';

/** What handlers need from the outside world, injected so every host shares one set. */
export interface HandlerDeps {
  store: BankStore;
  now: () => Date;
  newId: () => string;
  /** Shows a folder in the desktop's file manager (Electron's shell, xdg-open…). */
  openPath: (path: string) => Promise<void>;
  /** The desktop's save dialog: writes the bytes where the person chose; null if cancelled. */
  saveFile?: (defaultName: string, bytes: Uint8Array) => Promise<string | null>;
  /** The person pressed Record: the desktop app lets its window ask for the microphone, once. */
  allowMicrophone?: () => void;
}
