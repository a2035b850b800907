import type { Debrief, Loop } from '../model/loop-schema';
import type { Bank, PrincipleSet } from '../model/schema';

/**
 * After a round: the questions actually asked join the question bank under their principle,
 * and are remembered as asked (by which company, when) from the debriefs themselves, so the
 * question bank and the loops cannot disagree.
 */

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Stores a round's debrief and adds its new questions to the loop's principle set. */
export function recordDebrief(
  bank: Bank,
  loop: Loop,
  roundId: string,
  debrief: Debrief,
  newId: () => string,
): PrincipleSet | null {
  const round = loop.rounds.find((candidate) => candidate.id === roundId);
  if (!round) return null;
  round.debrief = debrief;
  const set = bank.principleSets.find((candidate) => candidate.id === loop.setId) ?? null;
  if (!set) return null;
  for (const asked of debrief.asked) {
    const principle = set.principles.find((candidate) => candidate.id === asked.principleId);
    if (!principle || principle.questions.some((q) => sameText(q.text, asked.text))) continue;
    principle.questions.push({ id: newId(), text: asked.text.trim() });
  }
  return set;
}

export interface AskedIn {
  company: string;
  loopId: string;
  /** The loop's date, when it has one. */
  at: string | null;
}

/** Where each question (by principle and text) was actually asked, newest loops first. */
export function askedQuestions(bank: Pick<Bank, 'loops'>): Map<string, AskedIn[]> {
  const asked = new Map<string, AskedIn[]>();
  const loops = [...bank.loops].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
  for (const loop of loops) {
    for (const round of loop.rounds) {
      for (const question of round.debrief?.asked ?? []) {
        if (!question.principleId) continue;
        const key = askedKey(question.principleId, question.text);
        const list = asked.get(key) ?? [];
        list.push({ company: loop.company, loopId: loop.id, at: loop.at });
        asked.set(key, list);
      }
    }
  }
  return asked;
}

export const askedKey = (principleId: string, text: string) =>
  `${principleId}\u0000${text.trim().toLowerCase()}`;

/** A principle's questions with the ones actually asked in a loop first, as Write next shows them. */
export function askedFirst<T extends { text: string }>(
  principleId: string,
  questions: readonly T[],
  asked: ReadonlyMap<string, AskedIn[]>,
): T[] {
  const wasAsked = (q: T) => asked.has(askedKey(principleId, q.text));
  return [...questions.filter(wasAsked), ...questions.filter((q) => !wasAsked(q))];
}
