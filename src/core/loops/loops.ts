import type { Loop, Round, RoundKind } from '../model/loop-schema';
import type { Bank, PrincipleSet } from '../model/schema';
import { AMAZON_SET_ID } from '../principles/amazon-seed';
import { planLoop, type LoopPlan, type PlanRound } from './planner';

/** Loops in the bank: the starting template, the rounds to plan, and what was told before. */

/** Principles a round with none of its own plans for: the most-asked ones left over. */
export const UNKNOWN_ROUND_PRINCIPLES = 2;

const AMAZON_PM_ROUNDS: { kind: RoundKind; interviewerRole: string; principleIds: string[] }[] = [
  {
    kind: 'hiring-manager',
    interviewerRole: 'Hiring manager',
    principleIds: ['customer-obsession', 'ownership', 'deliver-results'],
  },
  {
    kind: 'peer',
    interviewerRole: 'Product manager',
    principleIds: ['dive-deep', 'invent-and-simplify', 'think-big'],
  },
  {
    kind: 'peer',
    interviewerRole: 'Engineering partner',
    principleIds: ['earn-trust', 'have-backbone-disagree-and-commit', 'bias-for-action'],
  },
  {
    kind: 'bar-raiser',
    interviewerRole: 'Bar Raiser',
    principleIds: ['are-right-a-lot', 'learn-and-be-curious', 'insist-on-the-highest-standards'],
  },
  {
    kind: 'other',
    interviewerRole: 'Senior leader',
    principleIds: [
      'hire-and-develop-the-best',
      'frugality',
      'strive-to-be-earths-best-employer',
      'success-and-scale-bring-broad-responsibility',
    ],
  },
];

export interface NewLoop {
  name: string;
  company?: string;
  role?: string;
  at?: string | null;
  /** "Amazon PM loop (5 interviews)", editable afterwards; or no rounds yet. */
  template: 'amazon-pm' | 'blank';
}

/** A new loop: the Amazon PM template's five rounds split the 16 principles plausibly. */
export function newLoop(
  input: NewLoop,
  set: PrincipleSet,
  id: string,
  now: string,
  newId: () => string,
): Loop {
  const amazon = input.template === 'amazon-pm';
  const inSet = new Set(set.principles.map((principle) => principle.id));
  const rounds: Round[] = amazon
    ? AMAZON_PM_ROUNDS.map((round) => ({
        id: newId(),
        interviewer: '',
        interviewerRole: round.interviewerRole,
        kind: round.kind,
        principleIds: round.principleIds.filter((principleId) => inSet.has(principleId)),
        notes: '',
        debrief: null,
      }))
    : [];
  return {
    id,
    name: input.name,
    company: input.company ?? (amazon && set.id === AMAZON_SET_ID ? 'Amazon' : ''),
    role: input.role ?? '',
    at: input.at ?? null,
    setId: set.id,
    rounds,
    pins: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** "Round 2 · Bar Raiser (Priya)": how a round is named in the plan and its reasons. */
export function roundName(round: Round, index: number): string {
  const who = [round.interviewerRole, round.interviewer && `(${round.interviewer})`].filter(
    Boolean,
  );
  return who.length ? `Round ${index + 1} · ${who.join(' ')}` : `Round ${index + 1}`;
}

/**
 * The rounds as the planner takes them. A round without principles (the candidate often does
 * not know the split) plans for the most-asked principles no other round has.
 */
export function planRounds(loop: Loop, set: PrincipleSet): PlanRound[] {
  const assigned = new Set(loop.rounds.flatMap((round) => round.principleIds));
  const leftOver = set.principles
    .map((principle, index) => ({ principle, index }))
    .filter(({ principle }) => !assigned.has(principle.id))
    .sort((a, b) => b.principle.frequency - a.principle.frequency || a.index - b.index)
    .map(({ principle }) => principle.id);
  let next = 0;
  return loop.rounds.map((round, index) => {
    let principleIds = round.principleIds;
    if (principleIds.length === 0 && leftOver.length > 0) {
      principleIds = Array.from(
        { length: Math.min(UNKNOWN_ROUND_PRINCIPLES, leftOver.length) },
        () => leftOver[next++ % leftOver.length]!,
      );
    }
    return { id: round.id, name: roundName(round, index), principleIds };
  });
}

const companyKey = (company: string) => company.trim().toLowerCase();

/** Stories told in the debriefs of earlier loops at the same company: to avoid this time. */
export function toldBefore(bank: Pick<Bank, 'loops'>, loop: Loop): Set<string> {
  const key = companyKey(loop.company);
  const told = new Set<string>();
  if (!key) return told;
  for (const other of bank.loops) {
    if (other.id === loop.id || companyKey(other.company) !== key) continue;
    for (const round of other.rounds) {
      for (const asked of round.debrief?.asked ?? []) if (asked.storyId) told.add(asked.storyId);
    }
  }
  return told;
}

/** The plan of a stored loop, with its pins, on the bank as it is now. */
export function planOfLoop(bank: Bank, loop: Loop, today: Date): LoopPlan {
  const set =
    bank.principleSets.find((candidate) => candidate.id === loop.setId) ??
    bank.principleSets.find((candidate) => candidate.id === bank.activeSetId)!;
  const names = new Map(set.principles.map((principle) => [principle.id, principle.name]));
  return planLoop({
    rounds: planRounds(loop, set),
    stories: bank.stories,
    settings: bank.settings,
    today,
    toldBefore: toldBefore(bank, loop),
    // Between otherwise equal stories, the one already rehearsed aloud.
    practised: new Set(bank.practice.map((entry) => entry.storyId)),
    pins: loop.pins,
    principleName: (id) => names.get(id) ?? id,
  });
}
