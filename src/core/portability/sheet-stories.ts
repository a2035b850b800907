import { emptyStoryContent } from '../model/bank';
import { issueWords } from '../model/issue-words';
import { MAX_TITLE_CHARS } from '../model/limits';
import { LINE_FIELDS, PROSE_FIELDS } from '../model/story-fields';
import { StoryContentSchema, type PrincipleSet, type StoryContent } from '../model/schema';
import { addMapping, PrincipleMatcher, principleKey } from './principle-match';
import { detectMapping, FIELD_LABELS, type SheetField, type SheetTable } from './sheet-fields';
import { readFollowUps, readList, readMonth, readQuestions, readStatus } from './sheet-values';

/**
 * Rows of a table as stories: each column to its field, principles matched to the active set,
 * and every row that cannot become a valid story listed with its number and why. Pure.
 */

/** What to do with text that names no principle: map it, drop it, or keep it as a tag. */
export type PrincipleChoice = string | 'drop' | 'tag';
export const KEEP_AS_TAG = 'tag';
export const DROP = 'drop';

export interface SheetChoices {
  /** Each column's field, by position; left out, the headers decide. */
  mapping?: readonly SheetField[];
  /** By `principleKey` of the unmatched text. Left out, the text is kept as a tag. */
  principles?: Readonly<Record<string, PrincipleChoice>>;
}

export interface UnmatchedPrinciple {
  text: string;
  key: string;
  rows: number[];
  choice: PrincipleChoice;
}

export interface SheetPlan {
  headers: string[];
  mapping: SheetField[];
  unit: SheetTable['unit'];
  stories: { row: number; content: StoryContent }[];
  skipped: { row: number; reason: string }[];
  unmatched: UnmatchedPrinciple[];
  /** Rows holding nothing at all, left out without a word: nothing in them is lost. */
  total: number;
}

export function planSheetImport(
  table: SheetTable,
  set: PrincipleSet,
  choices: SheetChoices = {},
  newId: () => string,
): SheetPlan {
  const detected = detectMapping(table.headers);
  const mapping = table.headers.map((_, i) => choices.mapping?.[i] ?? detected[i] ?? 'ignore');
  const matcher = new PrincipleMatcher(set.principles);
  const known = new Set(set.principles.map((p) => p.id));
  const unmatched = new Map<string, UnmatchedPrinciple>();
  const plan: SheetPlan = {
    headers: table.headers,
    mapping,
    unit: table.unit,
    stories: [],
    skipped: (table.unreadable ?? []).map(({ number, reason }) => ({ row: number, reason })),
    unmatched: [],
    total: table.rows.length + (table.unreadable?.length ?? 0),
  };
  for (const row of table.rows) {
    const values = new Map<SheetField, string[]>();
    row.cells.forEach((cell, i) => {
      const field = mapping[i] ?? 'ignore';
      if (field === 'ignore' || !cell.trim()) return;
      values.set(field, [...(values.get(field) ?? []), cell.trim()]);
    });
    const text = (field: SheetField, joiner = '\n\n') => (values.get(field) ?? []).join(joiner);
    const content = emptyStoryContent('');
    for (const field of LINE_FIELDS) content[field] = oneLine(text(field, ' '));
    for (const field of PROSE_FIELDS) content[field] = text(field);
    content.title = oneLine(text('title', ' ')) || derivedTitle(content);
    if (!content.title) {
      if (values.size > 0) {
        plan.skipped.push({
          row: row.number,
          reason: 'no title and no Situation, Task, Action or Result to tell the story',
        });
      } else plan.total--;
      continue;
    }
    const when = readMonth(text('when', ' '));
    if (!when.ok) {
      plan.skipped.push({ row: row.number, reason: when.reason });
      continue;
    }
    content.when = when.when;
    content.status = readStatus(text('status', ' '));
    content.tags = readList(text('tags', '\n'));
    content.targetQuestions = readQuestions(text('targetQuestions', '\n'));
    content.followUps = readFollowUps(text('followUps', '\n')).map((item) => ({
      id: newId(),
      ...item,
    }));
    for (const [field, strength] of [
      ['principles', 'primary'],
      ['secondaryPrinciples', 'secondary'],
    ] as const) {
      const cell = matcher.readCell(text(field, '\n'), strength);
      for (const mapping of cell.matched) {
        addMapping(content.principles, mapping.principleId, mapping.strength);
      }
      for (const piece of cell.unmatched) {
        const key = principleKey(piece.text);
        const entry = unmatched.get(key) ?? {
          text: piece.text,
          key,
          rows: [],
          choice: choiceOf(choices.principles?.[key], known),
        };
        if (!entry.rows.includes(row.number)) entry.rows.push(row.number);
        unmatched.set(key, entry);
        if (entry.choice === KEEP_AS_TAG) addTag(content.tags, piece.text);
        else if (entry.choice !== DROP) {
          addMapping(content.principles, entry.choice, piece.strength);
        }
      }
    }
    const problem = contentProblem(content);
    if (problem) plan.skipped.push({ row: row.number, reason: problem });
    else plan.stories.push({ row: row.number, content });
  }
  plan.unmatched = [...unmatched.values()];
  return plan;
}

/** A choice naming a principle the set no longer holds keeps the text, as if not chosen. */
function choiceOf(given: PrincipleChoice | undefined, known: ReadonlySet<string>): PrincipleChoice {
  return given === DROP || (given !== undefined && known.has(given)) ? given : KEEP_AS_TAG;
}

function addTag(tags: string[], text: string) {
  if (!tags.some((tag) => tag.toLowerCase() === text.toLowerCase())) tags.push(text);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A row without a title is named by its first words, as the library would show it. */
function derivedTitle(content: StoryContent): string {
  const source =
    content.headline || content.situation || content.action || content.result || content.task;
  const words = oneLine(source).split(' ').slice(0, 8).join(' ');
  if (!words) return '';
  const title = words.length < oneLine(source).length ? `${words}…` : words;
  return title.slice(0, MAX_TITLE_CHARS);
}

/** The story schema's own verdict (the store's limits), in words naming the column's field. */
function contentProblem(content: StoryContent): string | null {
  const parsed = StoryContentSchema.safeParse(content);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const [key, index] = issue.path;
  const field =
    typeof key === 'string' && key in FIELD_LABELS ? FIELD_LABELS[key as SheetField] : null;
  const words = issueWords(issue).replace(/^a text /, 'it ');
  if (issue.code === 'too_big' && issue.origin === 'string' && field) {
    const value: unknown = content[key as keyof StoryContent];
    const text = Array.isArray(value) ? String(value[Number(index)] ?? '') : String(value ?? '');
    const what = Array.isArray(value) ? `“${text.slice(0, 30)}…” in ${field}` : `the ${field}`;
    return `${what} is ${text.length.toLocaleString('en-US')} characters; ${words}`;
  }
  return field ? `${field}: ${words}` : words;
}

/** How a principle reads in the preview: its name, and "(secondary)" when it is. */
export function mappingNames(content: StoryContent, set: PrincipleSet): string[] {
  const names = new Map(set.principles.map((p) => [p.id, p.name]));
  return content.principles.map(
    (m) =>
      `${names.get(m.principleId) ?? m.principleId}${m.strength === 'secondary' ? ' (secondary)' : ''}`,
  );
}
