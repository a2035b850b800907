import { SettingRow } from './SettingRow';
import { SettingsSection } from './SettingsSection';
import type { SaveState } from './use-settings-form';

interface AboutSectionProps {
  state: SaveState;
  onLeave: () => void;
}

export function AboutSection({ state, onLeave }: AboutSectionProps) {
  return (
    <SettingsSection
      id="about"
      title="About you"
      intro="Printed on the cover of your prep pack; all optional."
      status={{ state, section: 'about' }}
    >
      <div className="settings-card">
        <SettingRow
          kind="text"
          name="candidateName"
          label="Your name"
          hint="As you want it on the cover."
          onLeave={onLeave}
        />
        <SettingRow
          kind="text"
          name="targetRole"
          label="Target role"
          hint="For example, Senior Product Manager."
          onLeave={onLeave}
        />
        <SettingRow
          kind="text"
          name="targetCompany"
          label="Target company"
          hint="The company whose loop you are preparing for."
          onLeave={onLeave}
        />
      </div>
    </SettingsSection>
  );
}
