import type { Settings, StoryContent } from '../model/schema';

export type CheckSeverity = 'problem' | 'suggestion';

/** One line of a story's checklist. */
export interface CheckResult {
  /** Stable, kebab-case; stored in `story.dismissedChecks`, so never rename one. */
  id: string;
  /** Short name for the checklist, e.g. 'Result is measurable'. */
  label: string;
  severity: CheckSeverity;
  /** The field it points at (the editor focuses it); null for the whole story. */
  field: keyof StoryContent | null;
  passed: boolean;
  /**
   * False when there is nothing to judge yet (the part it reads is empty, the story too short
   * to weigh): it counts as passed, and is shown as waiting, never as a tick.
   */
  judged: boolean;
  /** Failed, but the candidate dismissed it for this story ("I know"). */
  dismissed: boolean;
  /** One sentence. Failing: what to do. Passing: what is good (or why there is nothing to judge). */
  message: string;
  /** What the check found, quoted from the story ("I think", "32 customer interviews"). */
  evidence: string[];
}

/** Word counts of the spoken parts, counted once per story and shared by the checks. */
export interface PartWords {
  situation: number;
  task: number;
  action: number;
  result: number;
  /** Situation + Task + Action + Result. */
  total: number;
}

/** Everything a check may look at; `today` is injected so no check reads the clock. */
export interface StoryFacts {
  story: StoryContent;
  settings: Settings;
  today: Date;
  words: PartWords;
}

export interface Verdict {
  passed: boolean;
  message: string;
  /** How much this failure hurts here, when it differs from the check's usual severity. */
  severity?: CheckSeverity;
  /** False when there was nothing to judge (see CheckResult.judged). */
  judged?: boolean;
  evidence?: string[];
}

/**
 * A check's fixed description plus its rule. The id, label and field never depend on the
 * story, so the checklist keeps its shape while the candidate types. The severity is the
 * usual one; a verdict may raise an extreme to a problem or keep a borderline case a
 * suggestion, as a coach would.
 */
export interface Check {
  id: string;
  label: string;
  severity: CheckSeverity;
  field: keyof StoryContent | null;
  run(facts: StoryFacts): Verdict;
}
