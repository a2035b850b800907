import type { ReactNode } from 'react';
import type { SectionId } from './settings-form';
import type { SaveState } from './use-settings-form';

interface SettingsSectionProps {
  id: string;
  title: string;
  /** One line under the heading: what the section is for. */
  intro?: ReactNode;
  children: ReactNode;
  /** Given for sections that save: the status line sits next to the heading. */
  status?: { state: SaveState; section: SectionId };
}

/** An h2, an optional save status beside it, and the section's rows. */
export function SettingsSection({ id, title, intro, children, status }: SettingsSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <div className="settings-section__head">
        <h2 id={headingId}>{title}</h2>
        {status && <SaveStatusLine state={status.state} section={status.section} />}
      </div>
      {intro && <p className="settings-section__intro">{intro}</p>}
      {children}
    </section>
  );
}

const TEXT: Record<Exclude<SaveState['kind'], 'idle' | 'failed'>, string> = {
  saving: 'Saving…',
  saved: 'Saved',
  partial: 'Saved, except the value marked below',
  invalid: 'Not saved — fix the value marked below',
};

/** Always rendered, so screen readers hear each change; shows only this section's saves. */
function SaveStatusLine({ state, section }: { state: SaveState; section: SectionId }) {
  const mine = state.kind !== 'idle' && state.section === section;
  const text = !mine
    ? ''
    : state.kind === 'failed'
      ? `Not saved — ${state.message}`
      : TEXT[state.kind];
  const tone = mine && ['failed', 'invalid', 'partial'].includes(state.kind) ? ' is-problem' : '';
  return (
    <p className={`settings-status${tone}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
