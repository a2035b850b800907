import { useState } from 'react';
import { plural } from '../../../../core/quality/text';
import { call, errorMessage } from '../../lib/api';
import { downloadText } from '../../lib/download';
import { OptionRow } from './OptionRow';

type Outcome = { kind: 'idle' | 'working' } | { kind: 'done' | 'failed'; message: string };

/** One download button's state: what it is doing, then what it did, in words. */
function useDownload(
  fetchFile: () => Promise<{ fileName: string; text: string; masked?: number }>,
  type: string,
) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  async function run() {
    setOutcome({ kind: 'working' });
    try {
      const { fileName, text, masked } = await fetchFile();
      downloadText(fileName, text, type);
      const note = masked ? ` Confidential terms masked in ${plural(masked, 'place')}.` : '';
      setOutcome({ kind: 'done', message: `Downloaded “${fileName}”.${note}` });
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(error) });
    }
  }
  return { outcome, run };
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'failed') {
    return (
      <p role="alert" className="export-outcome inline-error">
        {outcome.message}
      </p>
    );
  }
  return (
    <p role="status" className="export-outcome">
      {outcome.kind === 'done' ? outcome.message : outcome.kind === 'working' ? 'Preparing…' : ''}
    </p>
  );
}

function Check(props: { checked: boolean; onChange: (on: boolean) => void; children: string }) {
  return (
    <label className="export-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.children}
    </label>
  );
}

/** The whole bank as a JSON backup, or the stories as Markdown to read anywhere. */
export function BankDownloads() {
  const [readyOnly, setReadyOnly] = useState(false);
  const [mask, setMask] = useState(true);
  const json = useDownload(() => call('bank:exportJson'), 'application/json');
  const markdown = useDownload(
    () => call('bank:exportMarkdown', { readyOnly, redact: mask }),
    'text/markdown',
  );
  return (
    <>
      <OptionRow
        id="bank-json"
        label="JSON backup"
        hint="Everything in your bank, in a file any Storybank can import."
        below={<OutcomeLine outcome={json.outcome} />}
      >
        <button
          type="button"
          className="button"
          aria-disabled={json.outcome.kind === 'working'}
          onClick={() => json.outcome.kind !== 'working' && void json.run()}
        >
          Download a JSON backup
        </button>
      </OptionRow>
      <OptionRow
        id="bank-md"
        label="Markdown"
        hint="Your stories as plain text, to read or paste anywhere."
        below={<OutcomeLine outcome={markdown.outcome} />}
      >
        <div className="export-stack">
          <div className="export-check-list">
            <Check checked={readyOnly} onChange={setReadyOnly}>
              Ready stories only
            </Check>
            <Check checked={mask} onChange={setMask}>
              Mask confidential terms
            </Check>
          </div>
          <button
            type="button"
            className="button"
            aria-disabled={markdown.outcome.kind === 'working'}
            onClick={() => markdown.outcome.kind !== 'working' && void markdown.run()}
          >
            Export as Markdown
          </button>
        </div>
      </OptionRow>
    </>
  );
}
