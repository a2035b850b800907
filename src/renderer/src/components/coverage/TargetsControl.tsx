import { useId, useState } from 'react';
import type { Settings } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useSettingsSaver } from '../../lib/coverage-data';

interface TargetsControlProps {
  settings: Settings;
  /** A failed save, in words; the page shows it where the grid's messages go. */
  onError: (message: string) => void;
}

const STORIES = Array.from({ length: 10 }, (_, i) => i + 1);
const PRIMARY = Array.from({ length: 11 }, (_, i) => i);

/**
 * When a principle counts as covered: this many stories, this many of them primary. Saved at
 * once as settings; selects keep every value valid, so there is nothing to correct.
 */
export function TargetsControl({ settings, onError }: TargetsControlProps) {
  const save = useSettingsSaver();
  const legendId = useId();
  // The chosen value shows at once; the counts follow when the bank has saved it.
  const [saving, setSaving] = useState<Partial<Settings>>({});
  const shown = { ...settings, ...saving };

  function change(changes: Partial<Settings>) {
    setSaving((current) => ({ ...current, ...changes }));
    save(changes)
      .catch((error: unknown) => onError(errorMessage(error)))
      .finally(() => setSaving({}));
  }

  return (
    // A group, not a fieldset: a legend cannot sit inline in the toolbar's line. The selects
    // are named in full; the short visible words are part of those names.
    <div role="group" aria-labelledby={legendId} className="cov-targets">
      <span id={legendId} className="cov-targets__legend">
        Target
      </span>
      <select
        aria-label="Stories per principle"
        className="cov-select"
        value={shown.coverageTargetStories}
        onChange={(event) => change({ coverageTargetStories: Number(event.target.value) })}
      >
        {STORIES.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <span aria-hidden="true">stories,</span>
      <select
        aria-label="Primary stories per principle"
        className="cov-select"
        value={shown.coverageTargetPrimary}
        onChange={(event) => change({ coverageTargetPrimary: Number(event.target.value) })}
      >
        {PRIMARY.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <span aria-hidden="true">primary</span>
    </div>
  );
}
