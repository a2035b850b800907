import { useState } from 'react';
import { useBankApi } from '../../lib/bank-context';
import { SettingsSection } from '../settings/SettingsSection';
import { ConfidentialTermsRow } from './ConfidentialTermsRow';
import { ConfidentialWarning } from './ConfidentialWarning';
import { PackExportBar } from './PackExportBar';
import { PackOptions } from './PackOptions';
import { initialChoices, nextLoopId, packRequest, type PackChoices } from './pack-options';
import { PaperSizeRow } from './PaperSizeRow';
import { usePackExport } from './use-pack-export';
import { usePackSummary } from './use-pack-summary';
import { useSettingsSave } from './use-settings-save';

/** The Word prep pack: its options, the confidential terms, a live summary and the export. */
export function PrepPackSection() {
  const { bank } = useBankApi().view;
  const [choices, setChoices] = useState<PackChoices>(() =>
    initialChoices(bank.stories, nextLoopId(bank.loops, new Date())),
  );
  const saver = useSettingsSave();
  const { input, blocked } = packRequest(choices, bank);
  const summary = usePackSummary(input, bank);
  const { state, exportPack } = usePackExport(saver.settled);

  const matches = summary.summary?.confidentialMatches ?? [];
  const change = (next: Partial<PackChoices>) => setChoices((old) => ({ ...old, ...next }));
  // Masking is asked for only when there is something to mask.
  const request = { ...input, redact: choices.mask && matches.length > 0 };

  return (
    <SettingsSection
      id="export-pack"
      title="Prep pack (Word)"
      intro="A document to print or read offline the night before a loop."
    >
      <div className="settings-card export-card">
        <PackOptions bank={bank} choices={choices} setId={input.setId} onChange={change} />
        <PaperSizeRow saved={bank.settings.paperSize} saver={saver} />
        <ConfidentialTermsRow saved={bank.settings.confidentialTerms} saver={saver} />
        {matches.length > 0 && (
          <div className="export-row__below export-card__warning">
            <ConfidentialWarning
              matches={matches}
              mask={choices.mask}
              onMask={(mask) => change({ mask })}
            />
          </div>
        )}
        <PackExportBar
          summary={summary}
          blocked={blocked}
          state={state}
          onExport={() => void exportPack(request)}
        />
      </div>
    </SettingsSection>
  );
}
