import { isLive } from '../model/story-list';
import type { Bank, Story } from '../model/schema';

/** What a confidential term is replaced with in the pack. */
export const REDACTED = '[redacted]';

/** The story fields a term is looked for in; `when` is a year-month and never confidential. */
export type StoryTextField =
  | 'title'
  | 'headline'
  | 'situation'
  | 'task'
  | 'action'
  | 'result'
  | 'learnings'
  | 'metrics'
  | 'company'
  | 'role'
  | 'project'
  | 'tags'
  | 'targetQuestions'
  | 'followUps';

export interface ConfidentialMatch {
  term: string;
  storyId: string;
  storyTitle: string;
  field: StoryTextField;
  count: number;
}

const SINGLE_FIELDS = [
  'title',
  'headline',
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'metrics',
  'company',
  'role',
  'project',
] as const;

/** Every string of a story, by field, in the order a reader meets them. */
function fieldTexts(story: Story): [StoryTextField, string[]][] {
  return [
    ...SINGLE_FIELDS.map((field): [StoryTextField, string[]] => [field, [story[field]]]),
    ['tags', story.tags],
    ['targetQuestions', story.targetQuestions],
    ['followUps', story.followUps.flatMap((f) => [f.question, f.answer])],
  ];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One term as a pattern. "Whole term" is checked only on a side where the term starts or ends
 * with a letter or digit: `\b` would never match before "$4.2M" or after "Acme Corp.", while
 * "Acme" must not match inside "Acmeville". Spaces match any run of white space, line breaks too.
 */
function termSource(term: string): string {
  const body = term.split(/\s+/).map(escapeRegExp).join('\\s+');
  const before = WORD_CHAR.test(term[0] ?? '') ? '(?<![\\p{L}\\p{M}\\p{N}_])' : '';
  const after = WORD_CHAR.test(term.at(-1) ?? '') ? '(?![\\p{L}\\p{M}\\p{N}_])' : '';
  return `${before}${body}${after}`;
}

/**
 * Text compared in one Unicode form: "é" typed as one character and as "e" plus an accent are
 * the same word to a reader, so they must be the same word to the mask.
 */
const canonical = (text: string) => text.normalize('NFC');

function cleanTerms(terms: readonly string[]): string[] {
  const unique = new Map<string, string>();
  for (const raw of terms) {
    const term = canonical(raw.trim());
    if (term && !unique.has(term.toLowerCase())) unique.set(term.toLowerCase(), term);
  }
  return [...unique.values()];
}

/**
 * A function masking every term, compiled once for a whole pack. Longer terms come first in
 * the alternation, so "Acme Corp." is masked whole rather than leaving " Corp." behind.
 */
export function redactor(terms: readonly string[]): (text: string) => string {
  const cleaned = cleanTerms(terms).sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return (text) => text;
  const pattern = new RegExp(cleaned.map(termSource).join('|'), 'giu');
  return (text) => canonical(text).replace(pattern, REDACTED);
}

/**
 * The stories as an export shows them: masked unless the person opted out, which is the default
 * everywhere (the pack, Markdown, the command line). `masked` counts the places masked.
 */
export function storiesForExport(
  stories: readonly Story[],
  terms: readonly string[],
  redact: boolean,
): { stories: Story[]; masked: number } {
  if (!redact) return { stories: [...stories], masked: 0 };
  const mask = redactor(terms);
  const masked = findConfidential(stories, terms).reduce((sum, match) => sum + match.count, 0);
  return { stories: stories.map((story) => redactStory(story, mask)), masked };
}

/** `text` with each confidential term (any case, whole term) replaced by "[redacted]". */
export function redact(text: string, terms: readonly string[]): string {
  return redactor(terms)(text);
}

/** A copy of the story with every string masked. */
export function redactStory(story: Story, mask: (text: string) => string): Story {
  const copy: Story = { ...story };
  for (const field of SINGLE_FIELDS) copy[field] = mask(story[field]);
  copy.tags = story.tags.map(mask);
  copy.targetQuestions = story.targetQuestions.map(mask);
  copy.followUps = story.followUps.map((f) => ({
    ...f,
    question: mask(f.question),
    answer: mask(f.answer),
  }));
  return copy;
}

/**
 * Where each term appears: one entry per term, story and field, with how many times. A bank's
 * trashed stories are left out: they never reach a pack.
 */
export function findConfidential(
  source: Bank | readonly Story[],
  terms: readonly string[],
): ConfidentialMatch[] {
  const stories = 'stories' in source ? source.stories.filter(isLive) : source;
  const patterns = cleanTerms(terms).map((term) => ({
    term,
    pattern: new RegExp(termSource(term), 'giu'),
  }));
  const matches: ConfidentialMatch[] = [];
  for (const story of stories) {
    for (const [field, texts] of fieldTexts(story)) {
      for (const { term, pattern } of patterns) {
        const count = texts.reduce(
          (sum, text) => sum + (canonical(text).match(pattern)?.length ?? 0),
          0,
        );
        if (count > 0) {
          matches.push({ term, storyId: story.id, storyTitle: story.title, field, count });
        }
      }
    }
  }
  return matches;
}
