import type { BankStore } from '../store/store';

/** What handlers need from the outside world, injected so every host shares one set. */
export interface HandlerDeps {
  store: BankStore;
  now: () => Date;
  newId: () => string;
  /** Shows a folder in the desktop's file manager (Electron's shell, xdg-open…). */
  openPath: (path: string) => Promise<void>;
}
