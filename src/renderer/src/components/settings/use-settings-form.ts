import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { Settings } from '../../../../core/model/schema';
import { call, errorMessage } from '../../lib/api';
import { useBankApi } from '../../lib/bank-context';
import {
  readChanges,
  SECTION_OF,
  SettingsFormSchema,
  toFormValues,
  type SectionId,
  type SettingsFormInput,
  type SettingsFormOutput,
} from './settings-form';

/** The last save, told in the section whose field started it. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' | 'saved' | 'partial' | 'invalid'; section: SectionId }
  | { kind: 'failed'; section: SectionId; message: string };

/**
 * The Settings form and its saving. A field saves when it is left (or Enter is pressed; a
 * theme as soon as it is picked): every valid value that differs from the bank is sent in one
 * `settings:update`, and the bank's answer becomes the app's settings. A value the bank
 * cannot take stays typed in its field, with the reason next to it.
 */
export function useSettingsForm() {
  const { view, putSettings } = useBankApi();
  const settings = view.bank.settings;
  // The settings this form last agreed with the bank on; read only in callbacks and effects.
  const agreed = useRef<Settings>(settings);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });

  // The same rules as the save, so a message shown is exactly why a value is not saved.
  const resolver = useCallback<Resolver<SettingsFormInput, unknown, SettingsFormOutput>>(
    async (values) => {
      const { problems } = readChanges(values, agreed.current);
      if (problems.length === 0) return { values: SettingsFormSchema.parse(values), errors: {} };
      const errors: FieldErrors<SettingsFormInput> = {};
      for (const { key, message } of problems) errors[key] = { type: 'custom', message };
      return { values: {}, errors };
    },
    [],
  );

  const form = useForm<SettingsFormInput, unknown, SettingsFormOutput>({
    resolver,
    defaultValues: toFormValues(settings),
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });

  // Settings replaced under the form (a backup restored, the file reloaded): show them.
  useEffect(() => {
    if (settings === agreed.current) return;
    agreed.current = settings;
    form.reset(toFormValues(settings));
  }, [settings, form]);

  const saveNow = useCallback(
    async (section: SectionId) => {
      const { changes, problems } = readChanges(form.getValues(), agreed.current);
      void form.trigger();
      const problemHere = problems.some((problem) => SECTION_OF[problem.key] === section);
      if (Object.keys(changes).length === 0) {
        if (problemHere) setStatus({ kind: 'invalid', section });
        // Typed back to what the bank holds: nothing is unsaved any more.
        else setStatus((old) => (old.kind === 'idle' ? old : { kind: 'saved', section }));
        return;
      }
      setStatus({ kind: 'saving', section });
      try {
        const next = await call('settings:update', { changes });
        agreed.current = next;
        putSettings(next);
        setStatus({ kind: problemHere ? 'partial' : 'saved', section });
      } catch (error) {
        // The typed values stay in their fields; the bank's reason is shown as it is.
        setStatus({ kind: 'failed', section, message: errorMessage(error) });
      }
    },
    [form, putSettings],
  );

  /** Saves one after the other, each reading the form as it is when its turn comes. */
  const save = useCallback(
    (section: SectionId) => {
      queue.current = queue.current.then(() => saveNow(section));
    },
    [saveNow],
  );

  return useMemo(() => ({ form, status, save }), [form, status, save]);
}
