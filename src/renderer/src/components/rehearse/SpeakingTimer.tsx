import { useEffect } from 'react';
import { formatDuration } from '../../../../core/quality';
import { clock, PARTS } from '../../../../core/rehearsal/timer';
import { placeInBand, type Band } from '../../../../core/rehearsal/timing';
import {
  isTyping,
  spaceBelongsToControl,
  type SpeakingTimer as Timer,
} from '../../lib/use-speaking-timer';

interface SpeakingTimerProps {
  timer: Timer;
  band: Band;
  /** Whether the card is told in STAR parts (a follow-up drill is not). */
  withParts: boolean;
  /** Not ready to start yet (the microphone is still being asked for). */
  waiting: boolean;
  onStart: () => void;
  onStop: () => void;
}

const PLACE_WORDS = { short: 'under the band', inside: 'inside the band', long: 'over the band' };

/**
 * The clock, the target band drawn as a quiet track, and the parts. Space starts and stops,
 * "Next part" or keys 1–4 mark the move to Task, Action, Result. Past the band the track
 * only changes shade: no sound, no flashing, nothing to break the telling.
 */
export function SpeakingTimer(props: SpeakingTimerProps) {
  const { timer, band, withParts, waiting, onStart, onStop } = props;
  const running = timer.state.status === 'running';
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === ' ' && !spaceBelongsToControl(event.target)) {
        event.preventDefault();
        if (running) onStop();
        else if (timer.state.status === 'ready' && !waiting) onStart();
      } else if (withParts && running && /^[1-4]$/.test(event.key) && !isTyping(event.target)) {
        event.preventDefault();
        timer.toPart(Number(event.key) - 1);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running, timer, withParts, waiting, onStart, onStop]);

  const scale = Math.max(band.max * 1.25, timer.seconds + 1);
  const at = (seconds: number) => `${Math.min(100, (seconds / scale) * 100)}%`;
  const place = placeInBand(timer.seconds, band);
  return (
    <div className="timer">
      <div className="timer__row">
        <p role="timer" aria-label="Speaking time" aria-live="off" className="timer__clock">
          {clock(timer.seconds)}
        </p>
        <div className="timer__buttons">
          {/* One button for both, so focus stays on it and Space toggles it again. */}
          <button
            type="button"
            className="button button--primary"
            onClick={running ? onStop : onStart}
            disabled={timer.state.status === 'stopped' || (!running && waiting)}
            aria-keyshortcuts="Space"
          >
            {running ? 'Stop' : timer.state.status === 'stopped' ? 'Stopped' : 'Start'}
          </button>
          {withParts && (
            <button
              type="button"
              className="button"
              onClick={timer.next}
              disabled={!running || (timer.part ?? 0) >= PARTS.length - 1}
              aria-keyshortcuts="1 2 3 4"
            >
              Next part
            </button>
          )}
        </div>
      </div>
      <div className="timer__band" aria-hidden="true">
        <span
          className="timer__zone"
          style={{ left: at(band.min), width: `calc(${at(band.max)} - ${at(band.min)})` }}
        />
        <span className="timer__ideal" style={{ left: at(band.ideal) }} />
        <span
          className={`timer__fill timer__fill--${place}`}
          style={{ width: at(timer.seconds) }}
        />
      </div>
      <p className="timer__band-words">
        Aim for {formatDuration(band.ideal)}, between {formatDuration(band.min)} and{' '}
        {formatDuration(band.max)}
        {timer.state.status !== 'ready' && <> · {PLACE_WORDS[place]}</>}
      </p>
      {withParts && (
        <ol className="timer__parts" aria-label="Parts">
          {PARTS.map((name, index) => (
            <li
              key={name}
              className="timer__part"
              aria-current={running && timer.part === index ? 'step' : undefined}
            >
              <span className="timer__key" aria-hidden="true">
                {index + 1}
              </span>
              {name}
              {timer.parts && (
                <span className="timer__part-time"> {clock(timer.parts[index]!)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
