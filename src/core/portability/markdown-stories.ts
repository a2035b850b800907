import { StorybankError } from '../errors';
import { fieldForHeader, type SheetField, type SheetTable } from './sheet-fields';

/**
 * A Markdown file of stories as a table: each story is a heading, its parts sub-headings
 * ("### Situation") or labels ("**Task:** …", "- **R:** …", "Action: …"). The labels become the
 * columns, so Markdown is mapped and previewed like a spreadsheet. Reads Storybank's own
 * Markdown export back too. Pure.
 */

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** "**Situation:** text", "**Situation**: text", "- **S** – text", "Situation: text". */
const LABEL =
  /^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)\s*([^*_:]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*[:–—-]?)\s*(.*)$/;
const PLAIN_LABEL = /^\s{0,3}(?:[-*+]\s+)?([A-Za-z][A-Za-z ()&'’/-]{0,38}):\s+(.*)$/;
const TITLE_COLUMN = 'Title';
const HEADLINE_COLUMN = 'Headline';
const LOOSE_COLUMN = 'Text under the heading';

/** Labels accepted as labels: those that name a field (a plain "Note:" in a story is text). */
function labelField(label: string): SheetField | null {
  return fieldForHeader(label.replace(/[*_`]/g, ''));
}

interface Draft {
  line: number;
  level: number;
  values: Map<string, string[]>;
  hasPart: boolean;
}

export function markdownTable(text: string): SheetTable {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const drafts: Draft[] = [];
  let story: Draft | null = null;
  let column = LOOSE_COLUMN;
  let partLevel = 0;
  let inFence = false;
  const add = (name: string, value: string) => {
    if (!story) return;
    const list = story.values.get(name) ?? [];
    list.push(value);
    story.values.set(name, list);
  };

  lines.forEach((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const title = heading[2]!.trim();
      const field = labelField(title);
      if (story && field && field !== 'title' && level > story.level) {
        column = title;
        partLevel = level;
        story.hasPart = true;
        return;
      }
      if (story && partLevel && level > partLevel) {
        add(column, line); // a heading inside a part ("#### Notes") is part of its text
        return;
      }
      story = {
        line: index + 1,
        level,
        values: new Map([[TITLE_COLUMN, [title]]]),
        hasPart: false,
      };
      drafts.push(story);
      column = LOOSE_COLUMN;
      partLevel = 0;
      return;
    }
    if (!story) return;
    const label = inFence ? null : (LABEL.exec(line) ?? PLAIN_LABEL.exec(line));
    if (label && labelField(label[1]!) && labelField(label[1]!) !== 'title') {
      column = label[1]!.trim();
      story.hasPart = true;
      if (label[2]!.trim()) add(column, label[2]!);
      return;
    }
    // Storybank's export puts the headline in italics right under the heading.
    const italic = /^\*([^*].*)\*$/.exec(line.trim());
    if (italic && column === LOOSE_COLUMN && !story.values.has(HEADLINE_COLUMN)) {
      story.values.set(HEADLINE_COLUMN, [italic[1]!]);
      return;
    }
    // …and under it a line of facts: "Northwind · Senior PM · 2025-09 · project: X · ready".
    const facts = column === LOOSE_COLUMN ? factsOf(line) : null;
    if (facts) {
      for (const [name, value] of facts) story.values.set(name, [value]);
      return;
    }
    add(column, line);
  });

  // A heading with no parts under it is a chapter ("# My stories"), unless no heading has any.
  const stories = drafts.filter((draft) => draft.hasPart);
  if (stories.length === 0) {
    throw new StorybankError(
      'invalid-input',
      'No stories found in that Markdown: give each story a heading and its parts ' +
        'sub-headings or labels (### Situation, **Task:** …). Nothing was imported.',
    );
  }
  // A heading at a story's level with text but no parts is named, not dropped unseen.
  const storyLevel = Math.min(...stories.map((draft) => draft.level));
  const unreadable = drafts
    .filter((d) => !d.hasPart && d.level === storyLevel && d.values.has(LOOSE_COLUMN))
    .map((d) => ({
      number: d.line,
      reason: `“${d.values.get(TITLE_COLUMN)![0]}” has no Situation, Task, Action or Result under it`,
    }));
  const headers: string[] = [TITLE_COLUMN];
  for (const draft of stories) {
    for (const name of draft.values.keys()) if (!headers.includes(name)) headers.push(name);
  }
  return {
    headers,
    rows: stories.map((draft) => ({
      number: draft.line,
      cells: headers.map((name) => tidy(draft.values.get(name) ?? [])),
    })),
    sheets: [],
    sheet: null,
    unit: 'line',
    unreadable,
  };
}

/** The lines of one part as one text: blank lines at either end gone, paragraphs kept. */
function tidy(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The facts line of Storybank's Markdown export, as columns; null for any other line. */
function factsOf(line: string): [string, string][] | null {
  const parts = line.trim().split(' · ');
  const status = parts.pop();
  if (status !== 'ready' && status !== 'draft') return null;
  const found: [string, string][] = [['Status', status]];
  const plain: string[] = [];
  for (const part of parts) {
    if (/^\d{4}-\d{2}$/.test(part)) found.push(['When', part]);
    else if (part.startsWith('project: ')) found.push(['Project', part.slice(9)]);
    else plain.push(part);
  }
  // Company comes before role; a story with only one of them is read as its company.
  if (plain[0]) found.push(['Company', plain[0]]);
  if (plain[1]) found.push(['Role', plain[1]]);
  return found;
}
