import type { Settings, Story } from '../model/schema';
import { openChecks, runChecks } from '../quality';
import { isFailureStory } from '../quality/failure';

/**
 * The follow-up drill: what an interviewer asks after the story. The story's own follow-ups
 * come first (with the answer written for them); then probes made from what the checks found
 * weak, because that is where an interviewer digs. Rules, not guesses: each probe names the
 * check it comes from.
 */

export interface DrillQuestion {
  question: string;
  /** The answer the person wrote, to compare with after answering aloud. */
  answer: string | null;
  /** Why this probe is asked, in words; null for the story's own follow-ups. */
  because: string | null;
}

const PROBES: { check: string; question: string; because: string }[] = [
  {
    check: 'i-not-we',
    question: 'What did you personally do?',
    because: 'The Action says “we” more than “I”.',
  },
  {
    check: 'result-measurable',
    question: 'What was the measurable result?',
    because: 'The Result has no number yet.',
  },
  {
    check: 'action-share',
    question: 'Walk me through the steps you took, one by one.',
    because: 'The Action is a small part of the story.',
  },
  {
    check: 'recent',
    question: 'Do you have a more recent example?',
    because: 'The story is older than your recency window.',
  },
];

/** Asked when a story gives nothing else to drill: the probes every interviewer uses. */
const GENERAL = [
  'What data did you have when you decided?',
  'Who disagreed with you, and how did you handle it?',
];

export function drillQuestions(story: Story, settings: Settings, today: Date): DrillQuestion[] {
  const drill: DrillQuestion[] = story.followUps
    .filter((followUp) => followUp.question.trim())
    .map((followUp) => ({
      question: followUp.question,
      answer: followUp.answer.trim() || null,
      because: null,
    }));
  const open = new Set(openChecks(runChecks(story, settings, today)).map((check) => check.id));
  for (const probe of PROBES) {
    if (open.has(probe.check)) {
      drill.push({ question: probe.question, answer: null, because: probe.because });
    }
  }
  if (isFailureStory(story)) {
    drill.push({
      question: 'What would you do differently?',
      answer: story.learnings.trim() || null,
      because: 'It is a failure story: the lesson is what the interviewer listens for.',
    });
  }
  for (const question of GENERAL) {
    if (drill.length >= 2) break;
    drill.push({ question, answer: null, because: 'Asked of almost every story.' });
  }
  return drill;
}
