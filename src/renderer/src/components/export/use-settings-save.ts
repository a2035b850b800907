import { useCallback, useMemo, useRef } from 'react';
import type { Settings } from '../../../../core/model/schema';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { useBankApi } from '../../lib/bank-context';

export type SettingsChanges = InputOf<'settings:update'>['changes'];

/**
 * Saves export settings (paper size, confidential terms) one after another, and lets the
 * export wait for them: a pack asked for right after picking Letter must be on Letter.
 * The bank's answer becomes the app's settings; a rejection is an ApiError for the caller.
 */
export function useSettingsSave() {
  const { putSettings } = useBankApi();
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const save = useCallback(
    (changes: SettingsChanges): Promise<Settings> => {
      const next = queue.current
        .catch(() => undefined)
        .then(() => call('settings:update', { changes }));
      queue.current = next;
      return next.then((settings) => {
        putSettings(settings);
        return settings;
      });
    },
    [putSettings],
  );

  /** Resolves when every save asked for so far has finished, well or not. */
  const settled = useCallback(
    () =>
      queue.current.then(
        () => undefined,
        () => undefined,
      ),
    [],
  );

  return useMemo(() => ({ save, settled }), [save, settled]);
}

export type SettingsSaver = ReturnType<typeof useSettingsSave>;
