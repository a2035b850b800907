import type { Settings, StoryContent } from '../model/schema';
import { failureLesson, failureTagged } from './failure';
import { plainWords } from './hedging';
import { actionShare, contextShare, speakingSeconds, speakingTime } from './length';
import { resultMeasurable } from './measurable';
import { hasDate, recent } from './recency';
import {
  actionWritten,
  headlineWritten,
  primaryLimit,
  principleMapped,
  realTitle,
  resultWritten,
  situationWritten,
  taskWritten,
} from './structure';
import { countWords } from './text';
import type { Check, CheckResult, PartWords } from './types';
import { iNotWe } from './voice';

/*
 * The story checklist: pure functions, no Node, no React, no clock (`today` is passed in),
 * so the renderer, the exporters and the tests share them.
 *
 * Severity: 'problem' is what stops the story working in a room: a missing STAR part, no
 * principle, no number in the Result, "we" instead of "I", a failure without its lesson.
 * 'suggestion' is craft the candidate may weigh: headline, length, balance, date, focus.
 *
 * A check that cannot judge yet (the part it reads is empty, the story is too short to
 * weigh) passes with a message saying so: each gap is reported once, by the check that
 * names it. Speaking time is the exception: an empty story is plainly too short.
 */

export type { CheckResult, CheckSeverity } from './types';
export { formatDuration } from './text';

/** In the order the checklist shows them: the story top to bottom, then its facts. */
const CHECKS: readonly Check[] = [
  realTitle,
  headlineWritten,
  situationWritten,
  taskWritten,
  actionWritten,
  resultWritten,
  resultMeasurable,
  iNotWe,
  plainWords,
  speakingTime,
  actionShare,
  contextShare,
  principleMapped,
  primaryLimit,
  hasDate,
  recent,
  failureLesson,
  failureTagged,
];

export const CHECK_IDS: readonly string[] = CHECKS.map((check) => check.id);

function countPartWords(story: StoryContent): PartWords {
  const situation = countWords(story.situation);
  const task = countWords(story.task);
  const action = countWords(story.action);
  const result = countWords(story.result);
  return { situation, task, action, result, total: situation + task + action + result };
}

/** Every check, passing ones too, in a stable order. */
export function runChecks(story: StoryContent, settings: Settings, today: Date): CheckResult[] {
  const facts = { story, settings, today, words: countPartWords(story) };
  return CHECKS.map(({ id, label, severity, field, run }) => {
    const verdict = run(facts);
    const { passed, message } = verdict;
    // A dismissal only hides a failure; a passing check has nothing to hide.
    const dismissed = !passed && story.dismissedChecks.includes(id);
    return {
      id,
      label,
      severity: verdict.severity ?? severity,
      field,
      passed,
      judged: verdict.judged ?? true,
      dismissed,
      message,
      evidence: verdict.evidence ?? [],
    };
  });
}

/** What still needs the candidate: failed and not dismissed. */
export function openChecks(results: CheckResult[]): CheckResult[] {
  return results.filter((result) => !result.passed && !result.dismissed);
}

/** Seconds to tell Situation + Task + Action + Result aloud at `wordsPerMinute`. */
export function estimateSpeakingSeconds(story: StoryContent, wordsPerMinute: number): number {
  return speakingSeconds(countPartWords(story).total, wordsPerMinute);
}
