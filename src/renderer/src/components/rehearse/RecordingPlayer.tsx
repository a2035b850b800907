import { useEffect, useState } from 'react';
import type { PracticeEntry } from '../../../../core/model/practice-schema';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { recordingUrl, usePracticeActions } from '../../lib/use-practice';

/** A logged recording: fetched from the data folder only when the person asks to hear it. */
export function RecordingPlayer({ entry }: { entry: PracticeEntry }) {
  const actions = usePracticeActions();
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const when = formatDateTime(entry.at);

  async function load() {
    setProblem(null);
    try {
      setUrl(await recordingUrl(entry.id));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  async function remove() {
    try {
      await actions.deleteRecording(entry.id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <span className="recording-player">
      {url ? (
        <audio controls autoPlay src={url} aria-label={`Recording of ${when}`} />
      ) : (
        <button type="button" className="button button--small" onClick={() => void load()}>
          Play recording<span className="visually-hidden"> of {when}</span>
        </button>
      )}
      <button
        type="button"
        className="button button--small button--danger-quiet"
        onClick={() => void remove()}
      >
        Delete recording<span className="visually-hidden"> of {when}</span>
      </button>
      {problem && (
        <span role="alert" className="field-message__error">
          {problem}
        </span>
      )}
    </span>
  );
}
