import type { BankView } from '../../../shared/contract';
import { BackupList } from '../components/BackupList';

interface SettingsViewProps {
  view: BankView;
  onView: (view: BankView) => void;
}

export function SettingsView({ view, onView }: SettingsViewProps) {
  return (
    <section className="view">
      <h1>Settings</h1>
      <h2>Where your bank lives</h2>
      <dl className="facts">
        <dt>Data folder</dt>
        <dd>
          <code>{view.dataDir}</code>
        </dd>
        <dt>Bank file</dt>
        <dd>
          <code>{view.bankPath}</code>
        </dd>
      </dl>
      <BackupList onView={onView} />
    </section>
  );
}
