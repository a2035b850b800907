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
  /** Failed, but the candidate dismissed it for this story ("I know"). */
  dismissed: boolean;
  /** One sentence. Failing: what to do. Passing: what is good (or why there is nothing to judge). */
  message: string;
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
}

/**
 * A check's fixed description plus its rule. The id, label, severity and field never depend
 * on the story, so the checklist keeps its shape while the candidate types.
 */
export interface Check {
  id: string;
  label: string;
  severity: CheckSeverity;
  field: keyof StoryContent | null;
  run(facts: StoryFacts): Verdict;
}
