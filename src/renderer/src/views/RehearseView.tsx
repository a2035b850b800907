import { useMemo, useState } from 'react';
import { CardSession } from '../components/rehearse/CardSession';
import { PracticeLog } from '../components/rehearse/PracticeLog';
import { CARD_TITLES } from '../../../core/rehearsal/card-words';
import { dueSummary, rehearsals, type CardSchedule } from '../../../core/rehearsal/schedule';
import { useBankApi } from '../lib/bank-context';
import { useNavigation } from '../lib/navigation';
import { useRecorder } from '../lib/use-recorder';

/**
 * Rehearsal out loud: the cards due today (spaced by FSRS, bent toward the next loop), one at
 * a time with a speaking timer and optional recording, and the log of what was practised.
 */
export function RehearseView() {
  const { bank } = useBankApi().view;
  const { go } = useNavigation();
  const now = useMemo(() => new Date(), [bank]); // eslint-disable-line react-hooks/exhaustive-deps
  const plan = useMemo(() => rehearsals(bank, now), [bank, now]);
  const recorder = useRecorder();
  const [anyway, setAnyway] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  const queue = useMemo(() => {
    const cards: CardSchedule[] = anyway ? [...plan.due, ...plan.more] : plan.due;
    const later = new Set(skipped);
    return [
      ...cards.filter((item) => !later.has(item.card.key)),
      ...skipped.flatMap((key) => cards.filter((item) => item.card.key === key)),
    ];
  }, [plan, anyway, skipped]);
  const current = queue[0] ?? null;
  const story = current && bank.stories.find((candidate) => candidate.id === current.card.storyId);
  const deckSize = plan.due.length + plan.more.length;

  return (
    <section className="view rehearse-view" aria-labelledby="rehearse-heading">
      <header className="rehearse-view__head">
        <h1 id="rehearse-heading">Rehearse</h1>
        <p className="rehearse-view__summary">{dueSummary(plan)}</p>
      </header>
      <p role="status" className="rehearse-view__message">
        {message}
      </p>
      <div className="rehearse-layout">
        <div className="rehearse-layout__main">
          {deckSize === 0 ? (
            <div className="rehearse-empty">
              <p>
                A story becomes a card once its Action is written or it is marked ready. Then it
                comes up here to tell aloud, with its questions and follow-ups.
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => go('stories')}
              >
                Go to Stories
              </button>
            </div>
          ) : current && story ? (
            <>
              <CardSession
                key={`${current.card.key}-${current.reps}`}
                card={current.card}
                story={story}
                settings={bank.settings}
                recorder={recorder}
                today={now}
                onDone={(text) => {
                  setMessage(text);
                  setSkipped((keys) => keys.filter((key) => key !== current.card.key));
                }}
                onSkip={() =>
                  setSkipped((keys) => [
                    ...keys.filter((key) => key !== current.card.key),
                    current.card.key,
                  ])
                }
              />
              <UpNext queue={queue.slice(1, 6)} total={queue.length - 1} />
            </>
          ) : (
            <div className="rehearse-empty">
              <p>
                Nothing is due today. Practise anyway: the cards you practised least recently come
                first.
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setAnyway(true)}
              >
                Practise anyway
              </button>
            </div>
          )}
        </div>
        <PracticeLog bank={bank} now={now} />
      </div>
    </section>
  );
}

function UpNext({ queue, total }: { queue: CardSchedule[]; total: number }) {
  const { stories } = useBankApi().view.bank;
  // A question's planned story stays hidden until its card is told.
  const titleOf = (item: CardSchedule) =>
    item.card.kind === 'question'
      ? (item.card.source ?? null)
      : (stories.find((story) => story.id === item.card.storyId)?.title ?? null);
  if (total <= 0) return null;
  return (
    <section className="up-next" aria-labelledby="up-next-heading">
      <h2 id="up-next-heading">Up next ({total})</h2>
      <ol>
        {queue.map((item) => (
          <li key={item.card.key}>
            {CARD_TITLES[item.card.kind]}
            {titleOf(item) && <> — {titleOf(item)}</>}
            {item.card.forLoop && item.card.kind !== 'question' && (
              <span className="up-next__loop"> · for the loop</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
