import {
  MAX_DETAIL_CHARS,
  MAX_PRINCIPLES_PER_ROUND,
  MAX_ROUNDS,
} from '../../../../core/model/limits';
import { ROUND_KINDS, type Loop, type Round } from '../../../../core/model/loop-schema';
import type { PrincipleSet } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useLoopActions } from '../../lib/use-loops';
import { KIND_LABEL } from './loop-words';

interface RoundsEditorProps {
  loop: Loop;
  set: PrincipleSet;
  onError: (message: string) => void;
}

/** A round's text field, saved when it is left and only when it changed. */
function RoundText(props: { label: string; value: string; onSave: (value: string) => void }) {
  return (
    <label className="field-label">
      {props.label}
      <input
        className="text-input"
        defaultValue={props.value}
        maxLength={MAX_DETAIL_CHARS}
        onBlur={(event) => {
          const value = event.target.value.trim();
          if (value !== props.value) props.onSave(value);
        }}
      />
    </label>
  );
}

const newRoundId = () => `round-${crypto.randomUUID()}`;

/** The rounds: who interviews, what kind of round, which principles (up to four), notes. */
export function RoundsEditor({ loop, set, onError }: RoundsEditorProps) {
  const { update } = useLoopActions();
  const save = (rounds: Round[]) =>
    update(loop.id, { rounds }).catch((error: unknown) => onError(errorMessage(error)));
  const change = (index: number, changes: Partial<Round>) =>
    void save(loop.rounds.map((round, i) => (i === index ? { ...round, ...changes } : round)));

  return (
    <section className="loop-section" aria-labelledby={`rounds-${loop.id}`}>
      <h3 id={`rounds-${loop.id}`}>Rounds</h3>
      <p className="loop-hint">
        Leave a round’s principles empty when you don’t know them: it plans for the most-asked
        principles no other round has.
      </p>
      {loop.rounds.map((round, index) => {
        const name = `Round ${index + 1}`;
        const full = round.principleIds.length >= MAX_PRINCIPLES_PER_ROUND;
        return (
          <details key={round.id} className="loop-round">
            <summary>
              {name}
              {round.interviewerRole ? ` · ${round.interviewerRole}` : ''} —{' '}
              {round.principleIds
                .map((id) => set.principles.find((p) => p.id === id)?.name ?? id)
                .join(', ') || 'principles not known'}
            </summary>
            <div className="loop-round__fields">
              <RoundText
                label="Interviewer"
                value={round.interviewer}
                onSave={(interviewer) => change(index, { interviewer })}
              />
              <RoundText
                label="Their role"
                value={round.interviewerRole}
                onSave={(interviewerRole) => change(index, { interviewerRole })}
              />
              <label className="field-label">
                Kind
                <select
                  className="export-select"
                  value={round.kind}
                  onChange={(event) => change(index, { kind: event.target.value as Round['kind'] })}
                >
                  {ROUND_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {KIND_LABEL[kind]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div role="group" aria-label={`${name} principles`} className="loop-round__principles">
              {set.principles.map((principle) => {
                const on = round.principleIds.includes(principle.id);
                return (
                  <label key={principle.id} className="export-check">
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && full}
                      onChange={() =>
                        change(index, {
                          principleIds: on
                            ? round.principleIds.filter((id) => id !== principle.id)
                            : [...round.principleIds, principle.id],
                        })
                      }
                    />
                    {principle.name}
                  </label>
                );
              })}
            </div>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              aria-label={`Remove ${name}`}
              onClick={() => void save(loop.rounds.filter((_, i) => i !== index))}
            >
              Remove round
            </button>
          </details>
        );
      })}
      {loop.rounds.length < MAX_ROUNDS && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void save([
              ...loop.rounds,
              {
                id: newRoundId(),
                interviewer: '',
                interviewerRole: '',
                kind: 'peer',
                principleIds: [],
                notes: '',
                debrief: null,
              },
            ])
          }
        >
          Add round
        </button>
      )}
    </section>
  );
}
