import type { FormEvent } from 'react';
import { FormProvider } from 'react-hook-form';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { PracticeSection } from './PracticeSection';
import { useSettingsForm } from './use-settings-form';

/** The settings a person changes: practice thresholds, theme, and the prep pack's cover. */
export function SettingsForm() {
  const { form, status, save } = useSettingsForm();

  // Fields save themselves (see SettingRow); the form itself is never submitted.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

  return (
    <FormProvider {...form}>
      <form className="settings-form" noValidate onSubmit={onSubmit}>
        <PracticeSection state={status} onLeave={() => save('practice')} />
        <AppearanceSection state={status} onPick={() => save('appearance')} />
        <AboutSection state={status} onLeave={() => save('about')} />
      </form>
    </FormProvider>
  );
}
