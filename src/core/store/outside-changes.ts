import { StorybankError } from '../errors';
import type { Notice } from '../model/notice';
import { bankRuleProblem } from '../model/rules';
import { BankSchema, type Bank } from '../model/schema';
import { hasConflicts, mergeThreeWay, type MergeConflicts } from '../portability/three-way-merge';
import { freePath, fileStamp, writeFileDurably } from './files';
import { mergeConflictNotice, mergedNotice, unreadableConflictNotice } from './notices';
import { parseBank } from './parse-bank';

/** A change another program made that Storybank could not take in silently. */
export type OutsideConflict =
  | { kind: 'merged'; path: string; conflicts: MergeConflicts; notice: Notice }
  | { kind: 'unreadable'; path: string; notice: Notice };

export type Reconciled =
  | {
      ok: true;
      bank: Bank;
      /** Their version: the base of the next merge, since it is what the file now holds. */
      theirs: Bank;
      fromTheirs: number;
      conflict: OutsideConflict | null;
      notice: Notice | null;
    }
  | { ok: false; conflict: OutsideConflict };

const conflictPath = (dataDir: string, now: Date) =>
  freePath(dataDir, `storybank.conflict-${fileStamp(now)}`, '.json');

/**
 * Takes in what another program wrote over the bank file: merged per story, set and setting
 * against the version this process last read or wrote (`base`). Only what both sides changed
 * differently is a conflict; then ours stays in the bank and their whole file is kept beside it.
 * A file that can't be read or merged is never overwritten: ours goes to a conflict file.
 */
export async function reconcile(options: {
  dataDir: string;
  base: Bank | null;
  ours: Bank;
  theirText: string;
  now: Date;
  /** The conflict file already written for this episode, reused rather than multiplied. */
  previous: OutsideConflict | null;
}): Promise<Reconciled> {
  const { dataDir, base, ours, theirText, now, previous } = options;
  let problem: string;
  try {
    const outcome = parseBank(theirText);
    if (outcome.ok) {
      const merged = mergeThreeWay(base, ours, outcome.bank);
      const mergedProblem = wholeBankProblem(merged.bank);
      if (!mergedProblem) {
        if (!hasConflicts(merged.conflicts)) {
          return {
            ok: true,
            bank: merged.bank,
            theirs: outcome.bank,
            fromTheirs: merged.fromTheirs,
            conflict: null,
            notice: merged.fromTheirs > 0 ? mergedNotice(merged.fromTheirs) : null,
          };
        }
        const path = previous?.kind === 'merged' ? previous.path : await conflictPath(dataDir, now);
        await writeFileDurably(path, theirText);
        const conflict: OutsideConflict = {
          kind: 'merged',
          path,
          conflicts: merged.conflicts,
          notice: mergeConflictNotice(conflictNames(merged.conflicts), path),
        };
        return {
          ok: true,
          bank: merged.bank,
          theirs: outcome.bank,
          fromTheirs: merged.fromTheirs,
          conflict,
          notice: null,
        };
      }
      problem = `the two versions don't fit together: ${mergedProblem}`;
    } else problem = outcome.problem;
  } catch (error) {
    // A file from a newer Storybank: theirs stays untouched, like any file we can't read.
    problem = error instanceof StorybankError ? error.message : String(error);
  }
  const path = previous?.kind === 'unreadable' ? previous.path : await conflictPath(dataDir, now);
  await writeFileDurably(path, JSON.stringify(ours, null, 2));
  const notice = unreadableConflictNotice(problem, path);
  return { ok: false, conflict: { kind: 'unreadable', path, notice } };
}

/** The full reader's verdict; merges are rare, so the whole bank is checked. */
function wholeBankProblem(bank: Bank): string | null {
  const parsed = BankSchema.safeParse(bank);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'it does not fit the format';
  return bankRuleProblem(parsed.data);
}

function conflictNames(conflicts: MergeConflicts): string[] {
  return [
    ...conflicts.stories.map((story) => `“${story.title}”`),
    ...conflicts.sets.map((set) => `the set “${set.name}”`),
    ...conflicts.loops.map((loop) => `the loop “${loop.name}”`),
    ...(Object.keys(conflicts.settings).length > 0 ? ['settings'] : []),
    ...(conflicts.activeSetId !== null ? ['the active set'] : []),
  ];
}
