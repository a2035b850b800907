import { SettingsSection } from '../settings/SettingsSection';
import { BankDownloads } from './BankDownloads';
import { ImportBank } from './ImportBank';

/** Portability: the bank out as JSON or Markdown, and a bank file back in. */
export function BankFileSection() {
  return (
    <SettingsSection
      id="export-bank"
      title="Your bank"
      intro="Take your stories elsewhere, or bring a backup back."
    >
      <div className="settings-card export-card">
        <BankDownloads />
        <ImportBank />
      </div>
    </SettingsSection>
  );
}
