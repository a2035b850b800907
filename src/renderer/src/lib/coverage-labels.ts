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

/**
 * What the key under the grid says after a story's title. Its number's colour shows ready or
 * draft; the words say draft (the exception worth reading), rehearsals and a stretch.
 */
export function storyKeyMeta(story: Story, stretched: boolean, rehearsals: number): string {
  return [
    story.status === 'draft' ? 'draft' : '',
    rehearsals ? `rehearsed ${times(rehearsals)}` : '',
    stretched ? STRETCHED_TEXT : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the key says after a principle's name when principles are the columns: "gap · 0 stories". */
export function principleKeyMeta(principle: PrincipleCoverage): string {
  return `${principle.state} · ${storiesText(principle)}`;
}
