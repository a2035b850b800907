/**
 * Where a column of a spreadsheet (or a labelled part of a Markdown story) goes in a story, and
 * how the names that common STAR templates give their columns are recognised. Pure: the
 * renderer shows the same field names in its mapping controls.
 */

import { PROSE_FIELDS } from '../model/story-fields';

/**
 * A spreadsheet, a pasted range or a Markdown file as one table of text: a header row and the
 * rows under it, each with the number a person sees for it (the sheet's row, the file's line).
 */
export interface SheetTable {
  headers: string[];
  rows: { number: number; cells: string[] }[];
  /** The workbook's sheets and the one read; empty and null for text files. */
  sheets: string[];
  sheet: string | null;
  /** What `number` counts: spreadsheet rows, or Markdown lines. */
  unit: 'row' | 'line';
  /** Parts of the file that look like a story but cannot be one (Markdown), with why. */
  unreadable?: { number: number; reason: string }[];
}

export const SHEET_FIELDS = [
  'title',
  'headline',
  'situation',
  'task',
  'action',
  'result',
  'metrics',
  'learnings',
  'company',
  'role',
  'project',
  'when',
  'tags',
  'principles',
  'secondaryPrinciples',
  'targetQuestions',
  'followUps',
  'status',
  'ignore',
] as const;

export type SheetField = (typeof SHEET_FIELDS)[number];

export const FIELD_LABELS: Record<SheetField, string> = {
  title: 'Title',
  headline: 'Headline',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  metrics: 'Metrics',
  learnings: 'Learnings',
  company: 'Company',
  role: 'Role',
  project: 'Project',
  when: 'When (month)',
  tags: 'Tags',
  principles: 'Principles',
  secondaryPrinciples: 'Principles (secondary)',
  targetQuestions: 'Questions it answers',
  followUps: 'Follow-up questions',
  status: 'Status',
  ignore: 'Not imported',
};

/** Fields that take several columns (joined); the rest take the first column matched. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<SheetField> = new Set<SheetField>([
  ...PROSE_FIELDS,
  'tags',
  'principles',
  'secondaryPrinciples',
  'targetQuestions',
  'followUps',
  'ignore',
]);

/**
 * Header names as templates write them (Google Sheets and Excel STAR trackers, Notion
 * databases, prep guides), compared after `headerKey`. Order matters only for ambiguous names.
 */
const HEADER_NAMES: Record<Exclude<SheetField, 'ignore'>, readonly string[]> = {
  title: ['title', 'story', 'story title', 'story name', 'name', 'example', 'story headline name'],
  headline: ['headline', 'summary', 'one liner', 'one line summary', 'tldr', 'elevator pitch'],
  situation: ['situation', 's', 'context', 'background', 'the situation'],
  task: ['task', 't', 'goal', 'objective', 'responsibility', 'the task'],
  action: ['action', 'a', 'what i did', 'my actions', 'the action', 'steps'],
  result: ['result', 'r', 'outcome', 'impact', 'the result', 'results impact'],
  metrics: ['metrics', 'metric', 'numbers', 'kpi', 'data', 'quantified impact'],
  learnings: [
    'lessons',
    'lesson',
    'learnings',
    'learning',
    'lessons learned',
    'lessons learnt',
    'what i learned',
    'reflection',
    'what i would do differently',
    'what id do differently',
  ],
  company: ['company', 'employer', 'organization', 'organisation', 'org', 'workplace'],
  role: ['role', 'my role', 'position', 'job title'],
  project: ['project', 'project name', 'initiative'],
  when: ['date', 'when', 'year', 'timeframe', 'time frame', 'period', 'month', 'date range'],
  tags: ['tags', 'tag', 'labels', 'label', 'category', 'categories', 'type', 'themes'],
  principles: [
    'leadership principle',
    'leadership principles',
    'lp',
    'lps',
    'principle',
    'principles',
    'competency',
    'competencies',
    'primary lp',
    'primary lps',
    'primary principle',
    'amazon lp',
    'amazon lps',
    'values',
    'value',
    'skills',
  ],
  secondaryPrinciples: [
    'secondary lp',
    'secondary lps',
    'secondary principle',
    'secondary principles',
    'other lps',
    'also covers',
  ],
  targetQuestions: [
    'question',
    'interview question',
    'interview questions',
    'target question',
    'sample question',
    'questions it answers',
  ],
  followUps: [
    'follow up questions',
    'follow up question',
    'follow ups',
    'followups',
    'follow up',
    'likely follow ups',
    'anticipated follow ups',
  ],
  status: ['status', 'state', 'ready'],
};

/** A header as compared: lower case, "(s)" and punctuation gone, "&" as "and". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(\w{3,})s\b/g, '$1'); // plurals: "Actions" and "Action" as one name
}

const FIELD_BY_KEY: Map<string, SheetField> = (() => {
  const byKey = new Map<string, SheetField>();
  for (const [field, names] of Object.entries(HEADER_NAMES) as [SheetField, string[]][]) {
    for (const name of names) if (!byKey.has(headerKey(name))) byKey.set(headerKey(name), field);
  }
  return byKey;
})();

/** The field a header names on its own, if any. */
export function fieldForHeader(header: string): SheetField | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = FIELD_BY_KEY.get(key);
  if (exact) return exact;
  // "Situation (context)", "S - Situation", "Result / Impact": the first word that names one.
  // A longer header is a sentence ("A detail I tell when asked"), not a field's name.
  const words = key.split(' ');
  if (words.length > 3) return null;
  for (const word of words) {
    if (word.length < 3) continue;
    const field = FIELD_BY_KEY.get(word);
    if (field) return field;
  }
  return null;
}

/**
 * Each column's field as the headers suggest it. A field that takes one column goes to the
 * first that names it; a later one is left unimported, for the person to place.
 */
export function detectMapping(headers: readonly string[]): SheetField[] {
  const taken = new Set<SheetField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (!field) return 'ignore';
    if (!MULTI_COLUMN_FIELDS.has(field)) {
      if (taken.has(field)) return 'ignore';
      taken.add(field);
    }
    return field;
  });
}

export function isSheetField(value: string): value is SheetField {
  return (SHEET_FIELDS as readonly string[]).includes(value);
}
