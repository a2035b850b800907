import { useState } from 'react';
import { call, errorMessage } from '../../lib/api';
import { SettingsSection } from './SettingsSection';

type Opening =
  { kind: 'idle' | 'opening' | 'opened' | 'not-opened' } | { kind: 'failed'; message: string };

const OUTCOME: Record<Exclude<Opening['kind'], 'idle' | 'failed'>, string> = {
  opening: 'Opening…',
  opened: 'Opened in your file manager.',
  // A bare server, a headless machine: nothing to hand the folder to, and that is fine.
  'not-opened': 'Storybank could not open a file manager here; the folder is shown above.',
};

interface StorageSectionProps {
  dataDir: string;
  bankPath: string;
}

export function StorageSection({ dataDir, bankPath }: StorageSectionProps) {
  const [opening, setOpening] = useState<Opening>({ kind: 'idle' });

  async function openFolder() {
    setOpening({ kind: 'opening' });
    try {
      const { opened } = await call('app:openDataFolder');
      setOpening({ kind: opened ? 'opened' : 'not-opened' });
    } catch (error) {
      setOpening({ kind: 'failed', message: errorMessage(error) });
    }
  }

  const text =
    opening.kind === 'idle'
      ? ''
      : opening.kind === 'failed'
        ? opening.message
        : OUTCOME[opening.kind];

  return (
    <SettingsSection
      id="storage"
      title="Where your bank lives"
      intro="One file on this computer; nothing leaves it unless you export or copy it."
    >
      <div className="settings-card storage">
        <dl className="facts">
          <dt>Data folder</dt>
          <dd>
            <code>{dataDir}</code>
          </dd>
          <dt>Bank file</dt>
          <dd>
            <code>{bankPath}</code>
          </dd>
        </dl>
        <div className="storage__actions">
          <button
            type="button"
            className="button"
            aria-disabled={opening.kind === 'opening'}
            onClick={() => void (opening.kind !== 'opening' && openFolder())}
          >
            Open folder
          </button>
          <p
            className={`storage__outcome${opening.kind === 'failed' ? ' inline-error' : ''}`}
            role="status"
          >
            {text}
          </p>
        </div>
      </div>
    </SettingsSection>
  );
}
