import { useMemo, useState } from 'react';
import { planOfLoop, planRounds } from '../../../../core/loops/loops';
import type { Loop } from '../../../../core/model/loop-schema';
import { useBankApi } from '../../lib/bank-context';
import { useLoopActions } from '../../lib/use-loops';
import { ConfirmDialog } from '../ConfirmDialog';
import { DebriefForm } from './DebriefForm';
import { LoopFields } from './LoopFields';
import { countdown } from './loop-words';
import { PlanTable } from './PlanTable';
import { RoundsEditor } from './RoundsEditor';

/** One loop: its details, its rounds, the plan of stories, and each round's debrief. */
export function LoopDetails({ loop }: { loop: Loop }) {
  const { bank } = useBankApi().view;
  const { remove } = useLoopActions();
  const [deleting, setDeleting] = useState(false);
  const [status, setStatus] = useState('');
  const set =
    bank.principleSets.find((candidate) => candidate.id === loop.setId) ?? bank.principleSets[0]!;
  // The plan is worked out here with the core's planner: the same one `storybank plan` runs.
  const plan = useMemo(() => planOfLoop(bank, loop, new Date()), [bank, loop]);
  const rounds = useMemo(() => planRounds(loop, set), [loop, set]);

  return (
    <div className="loop-details">
      <div className="loop-details__head">
        <h2>{loop.name}</h2>
        <span className="loop-details__countdown">{countdown(loop.at, new Date())}</span>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          onClick={() => setDeleting(true)}
        >
          Delete loop
        </button>
      </div>
      <p role="status" className="loop-details__status">
        {status}
      </p>
      <LoopFields loop={loop} sets={bank.principleSets} onError={setStatus} />
      <PlanTable loop={loop} rounds={rounds} plan={plan} set={set} onError={setStatus} />
      <RoundsEditor loop={loop} set={set} onError={setStatus} />
      {loop.rounds.length > 0 && (
        <section className="loop-section" aria-labelledby={`debriefs-${loop.id}`}>
          <h3 id={`debriefs-${loop.id}`}>Debriefs</h3>
          <p className="loop-hint">
            After each round, log the questions you were asked and the story you told: new questions
            join the question bank, and the next loop at this company avoids the story.
          </p>
          {rounds.map((round, index) => (
            <DebriefForm
              key={round.id}
              loop={loop}
              round={loop.rounds[index]!}
              name={round.name}
              set={set}
              onDone={setStatus}
            />
          ))}
        </section>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${loop.name}”?`}
          confirmLabel="Delete loop"
          onClose={() => setDeleting(false)}
          onConfirm={() => remove(loop.id)}
        >
          Its rounds, plan and debriefs leave the bank. Your stories stay as they are.
        </ConfirmDialog>
      )}
    </div>
  );
}
