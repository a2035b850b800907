import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PracticeRating } from '../../../../core/model/practice-schema';
import type { Settings, Story } from '../../../../core/model/schema';
import type { Card } from '../../../../core/rehearsal/cards';
import { drillQuestions } from '../../../../core/rehearsal/probes';
import { bandFor, timingNotes } from '../../../../core/rehearsal/timing';
import { errorMessage } from '../../lib/api';
import { usePracticeActions } from '../../lib/use-practice';
import type { Recorder } from '../../lib/use-recorder';
import { useSpeakingTimer } from '../../lib/use-speaking-timer';
import { CardPrompt } from './CardPrompt';
import { CARD_HINT, cardTitle } from '../../../../core/rehearsal/card-words';
import { RatingForm } from './RatingForm';
import { RecordToggle } from './RecordToggle';
import { SpeakingTimer } from './SpeakingTimer';

interface CardSessionProps {
  card: Card;
  story: Story;
  settings: Settings;
  recorder: Recorder;
  today: Date;
  onDone: (message: string) => void;
  onSkip: () => void;
}

/** One card: the prompt, the timer (and recording), then what the timing says and a rating. */
export function CardSession(props: CardSessionProps) {
  const { card, story, settings, recorder, today, onDone, onSkip } = props;
  const timer = useSpeakingTimer();
  const actions = usePracticeActions();
  const drill = useMemo(() => drillQuestions(story, settings, today), [story, settings, today]);
  const band = bandFor(card.kind, settings, drill.length);
  const withParts = card.kind !== 'follow-ups';
  const [take, setTake] = useState<{ blob: Blob; url: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => () => void (take && URL.revokeObjectURL(take.url)), [take]);

  const start = useCallback(() => {
    if (recorder.state === 'on') recorder.start();
    timer.start();
  }, [recorder, timer]);
  const stop = useCallback(() => {
    timer.stop();
    void recorder.stop().then((blob) => {
      if (blob) setTake({ blob, url: URL.createObjectURL(blob) });
    });
  }, [recorder, timer]);

  function again() {
    setTake(null);
    timer.reset();
  }

  async function rate(rating: PracticeRating, note: string) {
    setSaving(true);
    setProblem(null);
    try {
      await actions.record(
        {
          storyId: story.id,
          card: card.kind,
          question: card.question,
          seconds: timer.seconds,
          parts: timer.parts ?? undefined,
          rating,
          note,
        },
        take?.blob ?? null,
      );
      onDone(`Logged: ${story.title}${take ? ', with its recording' : ''}.`);
    } catch (error) {
      setProblem(errorMessage(error));
      setSaving(false);
    }
  }

  const stopped = timer.state.status === 'stopped';
  const notes = stopped
    ? timingNotes({
        seconds: timer.seconds,
        parts: timer.parts,
        band,
        story,
        kind: card.kind,
      })
    : [];
  return (
    <article className="card-session" aria-labelledby="card-kind">
      <header className="card-session__head">
        <h2 id="card-kind">{cardTitle(card.kind, band)}</h2>
        {card.forLoop && <span className="card-session__loop">For the loop</span>}
      </header>
      <p className="card-session__hint">{CARD_HINT[card.kind]}</p>
      <CardPrompt card={card} story={story} drill={drill} />
      <div className="card-session__controls">
        <SpeakingTimer
          timer={timer}
          band={band}
          withParts={withParts}
          waiting={recorder.state === 'asking'}
          onStart={start}
          onStop={stop}
        />
        <RecordToggle recorder={recorder} locked={timer.state.status === 'running'} />
      </div>
      {stopped && (
        <div className="card-session__after">
          <ul className="timing-notes" aria-label="How the timing went">
            {notes.map((note) => (
              <li key={note.text} className={`timing-notes__item timing-notes__item--${note.tone}`}>
                {note.text}
              </li>
            ))}
          </ul>
          {take && (
            <figure className="take">
              <figcaption>Your recording</figcaption>
              <audio controls src={take.url} aria-label="Your recording" />
            </figure>
          )}
          {problem && (
            <p role="alert" className="field-message field-message__error">
              {problem}
            </p>
          )}
          <RatingForm saving={saving} onRate={(rating, note) => void rate(rating, note)} />
          <button type="button" className="button button--small" onClick={again}>
            Tell it again
          </button>
        </div>
      )}
      {!stopped && (
        <button type="button" className="button button--small card-session__skip" onClick={onSkip}>
          Skip this card
        </button>
      )}
    </article>
  );
}
