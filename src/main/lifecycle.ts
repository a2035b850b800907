/**
 * When Storybank quits and how it saves first. Electron-free so the order of events can be
 * tested: before-quit, a second quit while saving, a failed save, a signal, a session ending.
 */

/** macOS apps stay in the dock with no window; clicking the dock icon opens it again. */
export const quitsWhenAllWindowsClose = (platform: NodeJS.Platform): boolean =>
  platform !== 'darwin';

/**
 * Everything that asks the app to leave and must save first: Ctrl+C and `kill` (SIGTERM, as
 * scripts/start.mjs and session managers send), a closed terminal (SIGHUP).
 */
export const QUIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export type QuitPhase = 'running' | 'saving' | 'ready';

export interface QuitGuardOptions {
  /** Saves pending changes and releases the lock; null while no bank is open. */
  close: () => Promise<void> | null;
  /** Asks Electron to quit again (it runs before-quit once more, which now lets it through). */
  quit: () => void;
  /** A save failed: 'stay' keeps the app open so nothing typed is lost. */
  onFailure: (error: unknown) => 'stay' | 'quit';
}

export interface QuitGuard {
  readonly phase: QuitPhase;
  /** For app.on('before-quit'): holds the first quit until the bank is saved. */
  beforeQuit(event: { preventDefault(): void }): void;
}

export function createQuitGuard(options: QuitGuardOptions): QuitGuard {
  let phase: QuitPhase = 'running';
  return {
    get phase() {
      return phase;
    },
    beforeQuit(event) {
      if (phase === 'ready') return;
      const closing = phase === 'running' ? options.close() : null;
      if (phase === 'running' && !closing) return; // nothing open, nothing to save
      event.preventDefault();
      if (!closing) return; // already saving: that save's end quits
      phase = 'saving';
      closing.then(
        () => {
          phase = 'ready';
          options.quit();
        },
        (error: unknown) => {
          const choice = options.onFailure(error);
          phase = choice === 'quit' ? 'ready' : 'running';
          if (choice === 'quit') options.quit();
        },
      );
    },
  };
}
