import type { Recorder } from '../../lib/use-recorder';

interface RecordToggleProps {
  recorder: Recorder;
  /** While the timer runs, recording is neither started nor stopped from here. */
  locked: boolean;
}

const STATE_WORDS = {
  off: 'Not recording',
  asking: 'Asking for the microphone…',
  on: 'Records while the timer runs',
  recording: 'Recording',
  failed: 'Not recording',
};

/**
 * Recording is off until the person turns it on: only then is the microphone asked for.
 * Where recordings go is said right here, because candidates ask.
 */
export function RecordToggle({ recorder, locked }: RecordToggleProps) {
  const pressed = recorder.state === 'on' || recorder.state === 'recording';
  return (
    <div className="record">
      <button
        type="button"
        className="button record__toggle"
        aria-pressed={pressed}
        disabled={locked || recorder.state === 'asking'}
        onClick={() => void (pressed ? recorder.turnOff() : recorder.turnOn())}
      >
        <span className="record__dot" aria-hidden="true" />
        Record
      </button>
      <span className="record__state" role="status">
        {STATE_WORDS[recorder.state]}
      </span>
      {recorder.problem && (
        <p role="alert" className="field-message field-message__error">
          {recorder.problem}
        </p>
      )}
      <p className="record__privacy">
        Recordings stay in your Storybank folder on this computer and are never sent anywhere.
      </p>
    </div>
  );
}
