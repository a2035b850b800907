import type { LoopPlan, PlanRound } from '../../../../core/loops/planner';
import type { Loop } from '../../../../core/model/loop-schema';
import type { PrincipleSet } from '../../../../core/model/schema';
import { isLive } from '../../../../core/model/story-list';
import { errorMessage } from '../../lib/api';
import { useBankApi } from '../../lib/bank-context';
import { useNavigation } from '../../lib/navigation';
import { useLoopActions } from '../../lib/use-loops';
import { useStoryActions } from '../../lib/story-actions';

interface PlanTableProps {
  loop: Loop;
  rounds: PlanRound[];
  plan: LoopPlan;
  set: PrincipleSet;
  onError: (message: string) => void;
}

/**
 * The plan: for each round and principle the story to tell and the backup. Any main can be
 * chosen by hand (pinned); the planner fills the rest around it.
 */
export function PlanTable({ loop, rounds, plan, set, onError }: PlanTableProps) {
  const { stories } = useBankApi().view.bank;
  const { openStory } = useNavigation();
  const { pin } = useLoopActions();
  const { create } = useStoryActions();
  const title = new Map(stories.map((story) => [story.id, story.title]));
  const nameOf = (id: string) => set.principles.find((p) => p.id === id)?.name ?? id;
  const gaps = plan.shortfalls.filter((gap) => gap.role === 'main').length;

  return (
    <section className="loop-section" aria-labelledby={`plan-${loop.id}`}>
      <h3 id={`plan-${loop.id}`}>Plan</h3>
      <p className="loop-hint">
        {plan.slots.length === 0
          ? 'Give the rounds principles to plan stories for them.'
          : gaps === 0
            ? 'Every principle of every round has a story, and no story is told twice.'
            : `${gaps} ${gaps === 1 ? 'principle has' : 'principles have'} no story yet: see below.`}
      </p>
      {plan.slots.length > 0 && (
        <table className="loop-plan">
          <thead>
            <tr>
              <th scope="col">Principle</th>
              <th scope="col">Tell</th>
              <th scope="col">Backup</th>
              <th scope="col">Choose the story</th>
            </tr>
          </thead>
          {rounds.map((round) => (
            <tbody key={round.id}>
              <tr className="loop-plan__round">
                <th scope="rowgroup" colSpan={4}>
                  {round.name}
                </th>
              </tr>
              {plan.slots
                .filter((slot) => slot.roundId === round.id)
                .map((slot) => {
                  const where = `${round.name}, ${nameOf(slot.principleId)}`;
                  const mapped = stories.filter(
                    (story) =>
                      isLive(story) &&
                      story.principles.some((m) => m.principleId === slot.principleId),
                  );
                  return (
                    <tr key={slot.principleId} className={slot.main ? '' : 'loop-plan__gap'}>
                      <th scope="row">{nameOf(slot.principleId)}</th>
                      <td>
                        {slot.main ? (
                          <button
                            type="button"
                            className="cov-link"
                            aria-label={`Open “${title.get(slot.main)}”`}
                            onClick={() => openStory(slot.main!)}
                          >
                            {title.get(slot.main)}
                          </button>
                        ) : (
                          <span className="loop-plan__missing">No story yet</span>
                        )}
                      </td>
                      <td>
                        {slot.backup ? (
                          title.get(slot.backup)
                        ) : (
                          <span className="loop-plan__missing">none</span>
                        )}
                      </td>
                      <td>
                        <select
                          className="export-select"
                          aria-label={`Story to tell in ${where}`}
                          value={slot.pinned.includes('main') ? (slot.main ?? '') : ''}
                          onChange={(event) =>
                            void pin(loop.id, {
                              roundId: slot.roundId,
                              principleId: slot.principleId,
                              role: 'main',
                              storyId: event.target.value || null,
                            }).catch((error: unknown) => onError(errorMessage(error)))
                          }
                        >
                          <option value="">Planner’s choice</option>
                          {mapped.map((story) => (
                            <option key={story.id} value={story.id}>
                              {story.title}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      )}
      {plan.shortfalls.length > 0 && (
        <ul className="loop-plan__shortfalls" aria-label="What the plan still lacks">
          {plan.shortfalls.map((gap) => (
            <li key={`${gap.roundId}-${gap.principleId}-${gap.role}`}>
              {gap.reason}{' '}
              <button
                type="button"
                className="cov-link"
                aria-label={`Draft one for ${nameOf(gap.principleId)}`}
                onClick={() =>
                  void create({
                    title: `New ${nameOf(gap.principleId)} story`,
                    principles: [{ principleId: gap.principleId, strength: 'primary' }],
                  })
                    .then((story) => openStory(story.id))
                    .catch((error: unknown) => onError(errorMessage(error)))
                }
              >
                Draft one
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
