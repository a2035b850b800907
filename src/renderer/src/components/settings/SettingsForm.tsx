import type { FormEvent } from 'react';
import { FormProvider } from 'react-hook-form';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { ThresholdsSection } from './ThresholdsSection';
import { useSettingsForm } from './use-settings-form';

/**
 * The settings a person changes, in the order they are met: the prep pack's cover (filled in
 * on the first visit), the theme, then the coaching thresholds, which most never change.
 */
export function SettingsForm() {
  const { form, status, save } = useSettingsForm();

  // Fields save themselves (see SettingRow); the form itself is never submitted.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

  return (
    <FormProvider {...form}>
      <form className="settings-form" noValidate onSubmit={onSubmit}>
        <AboutSection state={status} onLeave={() => save('about')} />
        <AppearanceSection state={status} onPick={() => save('appearance')} />
        <ThresholdsSection state={status} onLeave={() => save('thresholds')} />
      </form>
    </FormProvider>
  );
}
