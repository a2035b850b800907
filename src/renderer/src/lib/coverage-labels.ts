import type { CoverageState, PrincipleCoverage } from '../../../core/coverage/coverage';
import { storiesText } from '../../../core/coverage/presentation';
import type { Story, Strength } from '../../../core/model/schema';
import { times } from '../../../core/quality/text';

/** The Coverage view's words, in one place: what the screen shows and what is read aloud. */

/** Icons echo the state as a shape (empty, half, full), so colour is never the only cue. */
export const STATE_ICON: Record<CoverageState, string> = { gap: '○', thin: '◐', covered: '●' };

/** A row or column header's name: "Dive Deep — 2 stories — covered". */
export function principleHeaderLabel(principle: PrincipleCoverage): string {
  return `${principle.name} — ${storiesText(principle)} — ${principle.state}`;
}

/** A cell's name: "Dive Deep × Billing migration: primary". */
export function cellLabel(principle: string, story: string, strength: Strength | null): string {
  return `${principle} × ${story}: ${strength ?? 'not mapped'}`;
}

export const STRETCHED_TEXT = 'carries too many principles as primary';

export function storyHeaderLabel(story: Story, stretched: boolean, rehearsals = 0): string {
  const status = story.status === 'ready' ? 'ready' : 'draft';
  const told = rehearsals ? `rehearsed ${times(rehearsals)}` : 'not rehearsed yet';
  return `${story.title} — ${status} — ${told}${stretched ? ` — ${STRETCHED_TEXT}` : ''}`;
}

const MAX_WORDS = 12;
const DANGLING = new Set(['and', 'or', 'but', 'the', 'a', 'an', 'to', 'of', 'what', 'how', 'with']);

const OPENINGS = [
  /^tell me about (a time|an occasion|a situation)( when| where)?\s+/i,
  /^(describe|share|walk me through) (a|an) (time|situation|occasion|example)( when| where| in which)?\s+/i,
  /^give (me )?an example of (a time )?(when |where )?/i,
];

/**
 * A working title from the chosen question: "Draft: Dive Deep — you found the root cause of
 * a metric nobody could explain" tells the person, in the library, what the draft is for.
 */
export function draftTitle(principleName: string, question: string | null): string {
  const base = `Draft: ${principleName}`;
  if (!question) return base;
  let gist = question.trim().replace(/[.?!]+$/, '');
  for (const opening of OPENINGS) gist = gist.replace(opening, '');
  const words = gist.split(/\s+/);
  if (words.length <= MAX_WORDS) return `${base} — ${gist}`.slice(0, 200);
  const kept = words.slice(0, MAX_WORDS);
  // "…because nobody else would, and…" reads better cut before the dangling word.
  while (kept.length > 1 && DANGLING.has(kept.at(-1)!.toLowerCase())) kept.pop();
  return `${base} — ${kept.join(' ').replace(/[,;:]$/, '')}…`.slice(0, 200);
}
