import { askedFirst, askedKey, askedQuestions } from '../../../../core/loops/debrief';
import { useMemo, useState } from 'react';
import type { PrincipleCoverage } from '../../../../core/coverage/coverage';
import type { Principle, Settings } from '../../../../core/model/schema';
import { useBankApi } from '../../lib/bank-context';
import { missingText } from '../../../../core/coverage/presentation';
import { useDraftStory } from '../../lib/coverage-draft';
import { STATE_ICON } from '../../lib/coverage-labels';

interface WriteNextPanelProps {
  /** writeNext(report): gaps, then thin, most asked first. */
  items: readonly PrincipleCoverage[];
  /** What the bank lacks as a whole: "No story is tagged failure…". */
  notes: readonly string[];
  principles: ReadonlyMap<string, Principle>;
  settings: Settings;
}

/**
 * What to write next, as an accordion: one principle open at a time (the first by default),
 * with its questions to choose from and a button that starts a draft for the chosen one.
 */
export function WriteNextPanel({ items, notes, principles, settings }: WriteNextPanelProps) {
  // null: the first is open (it changes as stories are written); '': the person closed all.
  const [openId, setOpenId] = useState<string | null>(null);
  const shownId =
    openId === '' || items.some((item) => item.principleId === openId)
      ? openId
      : (items[0]?.principleId ?? null);

  return (
    <section className="cov-next" aria-labelledby="write-next-heading">
      <h2 id="write-next-heading" className="cov-next__heading">
        Write next
      </h2>
      {notes.length > 0 && (
        <ul className="cov-next__notes" aria-label="Gaps across the bank">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {items.length === 0 ? (
        <p className="muted">Every principle meets the targets. Rehearse, or raise the targets.</p>
      ) : (
        <ol className="cov-next__list">
          {items.map((item) => {
            const open = item.principleId === shownId;
            const buttonId = `write-next-${item.principleId}`;
            return (
              <li key={item.principleId} className="cov-next__item">
                <h3 className="cov-next__title">
                  <button
                    type="button"
                    id={buttonId}
                    className="cov-next__toggle"
                    aria-expanded={open}
                    aria-controls={open ? `${buttonId}-body` : undefined}
                    onClick={() => setOpenId(open ? '' : item.principleId)}
                  >
                    <span className={`cov-state cov-state--${item.state}`}>
                      <span aria-hidden="true">{STATE_ICON[item.state]}</span> {item.state}
                    </span>
                    <span className="cov-next__name">{item.name}</span>
                  </button>
                </h3>
                {open && (
                  <NextDetails
                    id={`${buttonId}-body`}
                    labelledBy={buttonId}
                    item={item}
                    principle={principles.get(item.principleId)}
                    missing={missingText(item, settings)}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

interface NextDetailsProps {
  id: string;
  labelledBy: string;
  item: PrincipleCoverage;
  principle: Principle | undefined;
  missing: string;
}

function NextDetails({ id, labelledBy, item, principle, missing }: NextDetailsProps) {
  const { loops } = useBankApi().view.bank;
  // Questions actually asked in a loop come first, marked with where.
  const asked = useMemo(() => askedQuestions({ loops }), [loops]);
  const questions = askedFirst(item.principleId, principle?.questions ?? [], asked);
  const [chosen, setChosen] = useState(questions[0]?.id ?? null);
  const { busy, failure, draft } = useDraftStory();
  const question = questions.find((q) => q.id === chosen)?.text ?? null;

  return (
    <div id={id} role="region" aria-labelledby={labelledBy} className="cov-next__body">
      {missing && <p className="cov-next__missing">{missing}</p>}
      {principle?.description && <p className="cov-next__description">{principle.description}</p>}
      {questions.length > 0 && (
        <fieldset className="cov-next__questions">
          <legend>Question to answer</legend>
          {questions.map((q) => (
            <label key={q.id} className="cov-next__question">
              <input
                type="radio"
                name={`${id}-question`}
                checked={q.id === chosen}
                onChange={() => setChosen(q.id)}
              />
              <span>
                {q.text}
                {asked.has(askedKey(item.principleId, q.text)) && (
                  <span className="cov-next__asked">
                    {' '}
                    (asked at{' '}
                    {[
                      ...new Set(
                        asked
                          .get(askedKey(item.principleId, q.text))!
                          .map((a) => a.company || 'a loop'),
                      ),
                    ].join(', ')}
                    )
                  </span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={busy}
        onClick={() => void draft(item, question)}
      >
        Draft a story for this
      </button>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
    </div>
  );
}
