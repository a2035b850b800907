import { Segmented } from '../Segmented';
import { useState } from 'react';
import type { Settings } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { OptionRow } from './OptionRow';
import type { SettingsSaver } from './use-settings-save';

type PaperSize = Settings['paperSize'];

const SIZES: { value: PaperSize; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'Letter' },
];

interface PaperSizeRowProps {
  saved: PaperSize;
  saver: SettingsSaver;
}

/** The paper of the pack, a setting: saved as soon as it is picked. */
export function PaperSizeRow({ saved, saver }: PaperSizeRowProps) {
  // Shown while its save is on the way; the bank's answer then becomes `saved`.
  const [picked, setPicked] = useState<PaperSize | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function pick(size: PaperSize) {
    setPicked(size);
    setError(null);
    try {
      await saver.save({ paperSize: size });
    } catch (failure) {
      setError(`Paper size not saved: ${errorMessage(failure)}`);
    } finally {
      setPicked(null);
    }
  }

  const shown = picked ?? saved;
  return (
    <OptionRow
      id="pack-paper"
      label="Paper size"
      hint={
        error ? (
          <span role="alert" className="inline-error">
            {error}
          </span>
        ) : (
          'Kept for your next packs too.'
        )
      }
    >
      <Segmented
        name="pack-paper"
        options={SIZES}
        value={shown}
        onChange={(size) => void pick(size)}
        labelledBy="pack-paper-label"
        describedBy="pack-paper-hint"
        className="export-segmented export-segmented--narrow"
      />
    </OptionRow>
  );
}
