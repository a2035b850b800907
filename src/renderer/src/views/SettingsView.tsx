import type { BankView } from '../../../shared/contract';
import { BackupList } from '../components/BackupList';
import { SettingsForm } from '../components/settings/SettingsForm';
import { RecordingsSection } from '../components/settings/RecordingsSection';
import { StorageSection } from '../components/settings/StorageSection';

interface SettingsViewProps {
  view: BankView;
  onView: (view: BankView) => void;
}

/**
 * One scrolling column: who the prep pack is for, how the app looks, what the checks expect,
 * then where the bank and its recordings and backups are.
 */
export function SettingsView({ view, onView }: SettingsViewProps) {
  return (
    <section className="view settings-view" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <SettingsForm />
      <StorageSection dataDir={view.dataDir} bankPath={view.bankPath} />
      <RecordingsSection />
      <section className="settings-section" aria-labelledby="backups-heading">
        <BackupList onView={onView} />
      </section>
    </section>
  );
}
