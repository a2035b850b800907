import { useFormContext } from 'react-hook-form';
import type { Theme } from '../../../../core/model/schema';
import { SettingsSection } from './SettingsSection';
import type { SettingsFormInput } from './settings-form';
import type { SaveState } from './use-settings-form';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

interface AppearanceSectionProps {
  state: SaveState;
  /** Saves at once: a theme is judged by seeing it. */
  onPick: () => void;
}

export function AppearanceSection({ state, onPick }: AppearanceSectionProps) {
  const { register } = useFormContext<SettingsFormInput>();
  return (
    <SettingsSection id="appearance" title="Appearance" status={{ state, section: 'appearance' }}>
      <div className="settings-card">
        {/* A radiogroup rather than a fieldset, so it lines up with the other rows. */}
        <div className="setting-row">
          <div className="setting-row__text">
            <span id="setting-theme-label" className="setting-row__label">
              Theme
            </span>
            <p id="setting-theme-hint" className="setting-row__hint">
              System follows your computer’s light or dark setting.
            </p>
          </div>
          <div
            role="radiogroup"
            aria-labelledby="setting-theme-label"
            aria-describedby="setting-theme-hint"
            className="setting-row__control segmented"
          >
            {THEMES.map((theme) => (
              <label key={theme.value} className="segmented__option">
                <input
                  type="radio"
                  className="segmented__input"
                  value={theme.value}
                  {...register('theme', { onChange: onPick })}
                />
                {theme.label}
              </label>
            ))}
          </div>
        </div>
      </div>
    </SettingsSection>
  );
}
