import { MAX_CONFIDENTIAL_TERMS, MAX_DETAIL_CHARS } from '../../../../core/model/limits';
import { useState } from 'react';
import { errorMessage } from '../../lib/api';
import { OptionRow } from './OptionRow';
import type { SettingsSaver } from './use-settings-save';

type Saving = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

/** One term a line, trimmed; blank lines and repeats (in any case) dropped. */
export function readTerms(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((term) => {
      const key = term.toLowerCase();
      if (!term || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function problemWith(terms: string[]): string | null {
  if (terms.length > MAX_CONFIDENTIAL_TERMS)
    return `Keep it to ${MAX_CONFIDENTIAL_TERMS} terms; this list has ${terms.length}.`;
  const long = terms.find((term) => term.length > MAX_DETAIL_CHARS);
  return long
    ? `A term can be at most ${MAX_DETAIL_CHARS} characters: “${long.slice(0, 40)}…”.`
    : null;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((term, i) => term === b[i]);

interface ConfidentialTermsRowProps {
  saved: readonly string[];
  saver: SettingsSaver;
}

/** The settings' confidential terms as a textarea, saved when it is left. */
export function ConfidentialTermsRow({ saved, saver }: ConfidentialTermsRowProps) {
  const [text, setText] = useState(saved.join('\n'));
  const [shownFor, setShownFor] = useState(saved);
  const [saving, setSaving] = useState<Saving>({ kind: 'idle' });
  // Terms replaced under the field (an import, a restore, our own save): show the bank's.
  if (saved !== shownFor) {
    setShownFor(saved);
    setText(saved.join('\n'));
  }

  async function save() {
    const terms = readTerms(text);
    const problem = problemWith(terms);
    if (problem) return setSaving({ kind: 'failed', message: `Not saved: ${problem}` });
    if (same(terms, saved))
      return setSaving((old) => (old.kind === 'failed' ? { kind: 'idle' } : old));
    setSaving({ kind: 'saving' });
    try {
      await saver.save({ confidentialTerms: terms });
      setSaving({ kind: 'saved' });
    } catch (failure) {
      setSaving({ kind: 'failed', message: `Not saved: ${errorMessage(failure)}` });
    }
  }

  const failed = saving.kind === 'failed';
  return (
    <OptionRow
      id="pack-terms"
      label="Confidential terms (one per line)"
      controlId="pack-terms-input"
      hint="Client names, figures, code names: Storybank shows where they appear before you export."
    >
      <div className="export-terms">
        <textarea
          id="pack-terms-input"
          className="text-input export-terms__input"
          rows={3}
          spellCheck={false}
          value={text}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? 'pack-terms-hint pack-terms-error' : 'pack-terms-hint'}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => void save()}
        />
        {failed ? (
          <p id="pack-terms-error" role="alert" className="export-terms__status inline-error">
            {saving.message}
          </p>
        ) : (
          <p role="status" className="export-terms__status">
            {saving.kind === 'saving' ? 'Saving…' : saving.kind === 'saved' ? 'Saved' : ''}
          </p>
        )}
      </div>
    </OptionRow>
  );
}
