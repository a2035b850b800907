import { planOfLoop, planRounds } from '../../core/loops/loops';
import { planLoop, type LoopPlan, type PlanRound } from '../../core/loops/planner';
import type { Bank, PrincipleSet } from '../../core/model/schema';
import { findSet } from '../../core/principles/set-edits';
import { requireBank } from '../../core/store/snapshot';
import { UsageError } from '../args';
import { EXIT, type Command } from '../command';

export const planCommand: Command = {
  name: 'plan',
  summary: 'which story to tell in each round of a loop, and the backup',
  usage:
    'storybank plan --loop ID [--json] [--data DIR]\n' +
    '       storybank plan --round "NAME=principleId,principleId" [--round …] [--set ID] [--json]\n\n' +
    'Nothing is stored: a plan is worked out from the bank as it is. Exit 0 when every principle ' +
    'of every round has a main story, 1 when not.',
  flags: { values: ['--loop', '--set'], lists: ['--round'] },
  async run({ dataDir, args, json, out, now }) {
    const loopId = args.values.get('--loop');
    const rounds = args.lists.get('--round') ?? [];
    if (Boolean(loopId) === rounds.length > 0) {
      throw new UsageError('Give either --loop ID or one or more --round "NAME=principleId,…".');
    }
    const bank = await requireBank(dataDir);
    let plan: LoopPlan;
    let planned: PlanRound[];
    let loop: { id?: string; name: string };
    let set: PrincipleSet;
    if (loopId) {
      const stored = bank.loops.find((candidate) => candidate.id === loopId);
      if (!stored) throw new UsageError(`There is no loop "${loopId}" in the bank.`);
      set = findSet(bank, stored.setId);
      planned = planRounds(stored, set);
      plan = planOfLoop(bank, stored, now());
      loop = { id: stored.id, name: stored.name };
    } else {
      set = findSet(bank, args.values.get('--set') ?? bank.activeSetId);
      planned = rounds.map((spec, index) => adHocRound(spec, index, set));
      plan = planLoop({
        rounds: planned,
        stories: bank.stories,
        settings: bank.settings,
        today: now(),
        principleName: nameIn(set),
      });
      loop = { name: 'Ad-hoc loop' };
    }
    const report = planJson(bank, set, loop, planned, plan);
    out(json ? JSON.stringify(report, null, 2) : planText(report));
    return plan.shortfalls.some((gap) => gap.role === 'main') ? EXIT.findings : EXIT.ok;
  },
};

const nameIn = (set: PrincipleSet) => (id: string) =>
  set.principles.find((principle) => principle.id === id)?.name ?? id;

/** "Hiring manager=ownership,deliver-results" → a round; an unknown principle is wrong usage. */
function adHocRound(spec: string, index: number, set: PrincipleSet): PlanRound {
  const at = spec.indexOf('=');
  const name = (at < 0 ? '' : spec.slice(0, at)).trim() || `Round ${index + 1}`;
  const ids = (at < 0 ? spec : spec.slice(at + 1))
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !set.principles.some((principle) => principle.id === id));
  if (unknown.length) {
    throw new UsageError(
      `"${unknown.join('", "')}" ${unknown.length === 1 ? 'is not a principle' : 'are not principles'} ` +
        `of “${set.name}”. Its ids: ${set.principles.map((p) => p.id).join(', ')}.`,
    );
  }
  if (ids.length === 0) throw new UsageError(`--round "${spec}" names no principle.`);
  return { id: `round-${index + 1}`, name, principleIds: ids };
}

/** The stable --json shape (documented in the README; fields are only ever added). */
export function planJson(
  bank: Bank,
  set: PrincipleSet,
  loop: { id?: string; name: string },
  rounds: PlanRound[],
  plan: LoopPlan,
) {
  const title = new Map(bank.stories.map((story) => [story.id, story.title]));
  const story = (id: string | null) => (id ? { id, title: title.get(id) ?? '' } : null);
  const name = nameIn(set);
  const roundName = new Map(rounds.map((round) => [round.id, round.name]));
  return {
    loop,
    rounds: rounds.map((round) => ({
      name: round.name,
      assignments: plan.slots
        .filter((slot) => slot.roundId === round.id)
        .map((slot) => ({
          principleId: slot.principleId,
          principle: name(slot.principleId),
          main: story(slot.main),
          backup: story(slot.backup),
        })),
    })),
    unassigned: plan.shortfalls.map((gap) => ({
      round: roundName.get(gap.roundId) ?? gap.roundId,
      principleId: gap.principleId,
      role: gap.role,
      reason: gap.reason,
    })),
    score: plan.score,
  };
}

function planText(report: ReturnType<typeof planJson>): string {
  const lines = [`${report.loop.name}`, ''];
  for (const round of report.rounds) {
    lines.push(round.name);
    for (const assignment of round.assignments) {
      lines.push(
        `  ${assignment.principle}: ${assignment.main?.title ?? '— none —'}` +
          (assignment.backup ? `  (backup: ${assignment.backup.title})` : ''),
      );
    }
    lines.push('');
  }
  for (const gap of report.unassigned) lines.push(`! ${gap.reason}`);
  return lines.join('\n').trimEnd();
}
