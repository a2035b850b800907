import { StorybankError } from '../core/errors';
import type { Handlers } from '../shared/contract';
import type { HandlerDeps } from './deps';

type SettingsHandlers = Pick<Handlers, 'settings:update' | 'app:openDataFolder'>;

export function settingsHandlers({ store, openPath }: HandlerDeps): SettingsHandlers {
  return {
    async 'settings:update'({ changes }) {
      const next = { ...store.bank.settings, ...changes };
      if (next.minSpeakingSeconds >= next.maxSpeakingSeconds) {
        throw new StorybankError(
          'invalid-input',
          'The shortest speaking time must be less than the longest.',
        );
      }
      return store.update((bank) => {
        bank.settings = next;
        return next;
      });
    },
    async 'app:openDataFolder'() {
      try {
        await openPath(store.dataDir);
        return { opened: true };
      } catch {
        // No file manager to hand it to (a bare server, say): the path is shown in Settings.
        return { opened: false };
      }
    },
  };
}
