import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../../src/core/model/bank';
import { MAX_FIELD_CHARS } from '../../../src/core/model/limits';
import { detectMapping } from '../../../src/core/portability/sheet-fields';
import { planFor, previewSheet } from '../../../src/core/portability/sheet-import';
import { bankMarkdown } from '../../../src/core/portability/markdown';
import { markdownTable } from '../../../src/core/portability/markdown-stories';
import { testStory } from '../../helpers';
import {
  formatOfName,
  readDelimited,
  readPasted,
  readSheetFile,
} from '../../../src/core/portability/table-files';

const FIXTURES = join(import.meta.dirname, 'fixtures');

async function tableOf(name: string, sheet?: string) {
  return readSheetFile(await readFile(join(FIXTURES, name)), formatOfName(name)!, sheet);
}

describe('reading tables of stories', () => {
  it('reads a Google Sheets CSV: quoted multi-line cells, doubled quotes, a blank row', async () => {
    const table = await tableOf('sheets-star-template.csv');
    expect(table.headers).toHaveLength(12);
    expect(table.rows.map((row) => row.number)).toEqual([2, 3, 4, 6, 7]);
    expect(table.rows[0]!.cells[1]).toBe(
      'Checkout p95 was 2.1 s in Europe, six weeks before launch.\n' +
        'Support tickets about "spinning wheel" doubled in a month.',
    );
  });

  it('reads a Notion export with its BOM and leaves its own columns out', async () => {
    const table = await tableOf('notion-export.csv');
    expect(table.headers[0]).toBe('Name');
    const mapping = detectMapping(table.headers);
    expect(Object.fromEntries(table.headers.map((h, i) => [h, mapping[i]]))).toMatchObject({
      Name: 'title',
      'Created time': 'ignore',
      'Last edited time': 'ignore',
      'Created by': 'ignore',
      LP: 'principles',
      Status: 'status',
      Impact: 'result',
      Question: 'targetQuestions',
    });
  });

  it("reads Excel's UTF-16 Unicode Text, its accents and its CRLF line breaks inside a cell", async () => {
    const table = await tableOf('excel-unicode-text.tsv');
    expect(table.rows[0]!.cells[0]).toBe('Café rollout in Zürich');
    expect(table.rows[0]!.cells[3]).toBe(
      'I compared four sites,\nvisited two and ran the numbers with finance.',
    );
  });

  it('reads the first sheet of an .xlsx, or the one named, with dates, rich text and formulas', async () => {
    const first = await tableOf('star-bank.xlsx');
    expect(first.sheets).toEqual(['STAR stories', 'Archive']);
    expect(first.sheet).toBe('STAR stories');
    expect(first.rows[0]!.cells).toEqual([
      'Fixing the returns backlog',
      'Returns took 14 days to refund.\nCustomers called support twice on average.',
      'I owned the returns flow for the marketplace.',
      'I mapped the refund path with ops, automated the two manual checks and set a daily backlog review.',
      'Refunds now take 3 days; repeat calls fell 60%.',
      'Customer Obsession\nDeliver Results (secondary)',
      '2024-09-15',
      '48',
    ]);
    const archive = await tableOf('star-bank.xlsx', 'archive');
    expect(archive.sheet).toBe('Archive');
    expect(archive.rows[0]!.cells[0]).toBe('Old intern project');
    await expect(tableOf('star-bank.xlsx', 'Stories 2023')).rejects.toThrow(
      'The workbook has no sheet “Stories 2023”. Its sheets: STAR stories, Archive.',
    );
  });

  it('refuses a file that is not a workbook, and a CSV whose quote never closes, in words', async () => {
    await expect(readSheetFile(new TextEncoder().encode('not a zip'), 'xlsx')).rejects.toThrow(
      'not an Excel workbook',
    );
    expect(() => readDelimited('Title,Action\nA,"never closed\n')).toThrow(
      'has a quote that is never closed',
    );
    expect(() => readDelimited('\n\n')).toThrow('holds no table');
  });

  it('refuses a table past 5,000 rows in words, before reading it as stories', () => {
    const rows = Array.from({ length: 5_001 }, (_, i) => `Story ${i},I did it`);
    expect(() => readDelimited(['Title,Action', ...rows].join('\n'))).toThrow(
      'That table has 5,001 rows; Storybank imports at most 5,000 at a time. Nothing was imported.',
    );
  });

  it('guesses the delimiter: semicolons from a European Excel, pipes', () => {
    expect(readDelimited('Title;Action\nA;I did it').rows[0]!.cells).toEqual(['A', 'I did it']);
    expect(readDelimited('Title|Action\nA|I did it').rows[0]!.cells).toEqual(['A', 'I did it']);
  });
});

describe('previewing the stories a table holds', () => {
  it('shows the Sheets template as it will import: principles matched, bad rows named', async () => {
    const preview = previewSheet(newBank(), await tableOf('sheets-star-template.csv'), {});
    expect(preview.total).toBe(5);
    expect(preview.importable).toBe(4);
    expect(preview.rows.map((r) => [r.row, r.title, r.when, r.principles])).toEqual([
      [
        2,
        'Checkout latency before the EU launch',
        '2025-09',
        ['Customer Obsession', 'Dive Deep', 'Deliver Results (secondary)'],
      ],
      [3, "Saying no to the VP's pet feature", '2025-01', ['Have Backbone; Disagree and Commit']],
      [4, 'Onboarding in three clicks', '2024-03', ['Invent and Simplify', 'Customer Obsession']],
      [
        7,
        'Cutting cloud spend',
        '2023-04',
        ['Frugality', 'Bias for Action (secondary)', 'Ownership'],
      ],
    ]);
    expect(preview.skipped).toEqual([
      { row: 6, reason: '“last spring” is not a month Storybank can read (write 2024-03)' },
    ]);
    expect(preview.unmatched.map(({ text, rows, choice }) => ({ text, rows, choice }))).toEqual([
      { text: 'Customer Empathy', rows: [4], choice: 'tag' },
      { text: 'Team Player', rows: [7], choice: 'tag' },
    ]);
    // Kept as a tag until the person maps or drops it: never lost on the way in.
    expect(preview.rows[2]!.tags).toEqual(['onboarding', 'Customer Empathy']);
  });

  it('maps or drops unmatched principle text as the person chooses', async () => {
    const table = await tableOf('sheets-star-template.csv');
    const preview = previewSheet(newBank(), table, {
      principles: { 'customer empathy': 'customer-obsession', 'team player': 'drop' },
    });
    expect(preview.rows[2]!.tags).toEqual(['onboarding']);
    expect(preview.rows[3]!.principles).not.toContain('Team Player');
    expect(preview.rows[3]!.tags).toEqual(['cost', 'infra']);
  });

  it('follows a changed mapping: a column left out, another moved', async () => {
    const table = await tableOf('sheets-star-template.csv');
    const mapping = detectMapping(table.headers);
    mapping[table.headers.indexOf('Date')] = 'ignore';
    mapping[table.headers.indexOf('Lessons')] = 'metrics';
    const preview = previewSheet(newBank(), table, { mapping });
    expect(preview.importable).toBe(5);
    expect(preview.skipped).toEqual([]);
    expect(preview.columns.find((c) => c.header === 'Lessons')!.field).toBe('metrics');
  });

  it('shows at most five rows, and counts the rest', async () => {
    const lines = ['Title,Action,LP'];
    for (let i = 1; i <= 12; i++) lines.push(`Story ${i},I did thing ${i},Ownership`);
    const preview = previewSheet(newBank(), readDelimited(lines.join('\n')), {});
    expect(preview.rows).toHaveLength(5);
    expect(preview.importable).toBe(12);
  });

  it('names a row over a field limit by number and field, and imports the others', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const table = readDelimited(`Title,Action\nShort one,I did it\nLong one,${long}\n,`);
    const preview = previewSheet(newBank(), table, {});
    expect(preview.importable).toBe(1);
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'the Action is 20,001 characters; it holds at most 20,000 characters' },
    ]);
  });

  it('keeps principle text too long for a tag only when told: the row says why it waits', () => {
    const long = 'Leadership when the strategy was unclear and nobody owned the plan';
    const table = readDelimited(`Title,Action,LP\nA,I did it,"Ownership; ${long}; N/A"`);
    const kept = previewSheet(newBank(), table, {});
    expect(kept.skipped).toEqual([
      {
        row: 2,
        reason: `“Leadership when the strategy w…” in Tags is ${long.length} characters; it holds at most 60 characters`,
      },
    ]);
    expect(kept.unmatched.map((u) => u.text)).toEqual([long]);
    const dropped = previewSheet(newBank(), table, {
      principles: { [kept.unmatched[0]!.key]: 'drop' },
    });
    expect(dropped.rows[0]).toMatchObject({ principles: ['Ownership'], tags: [] });
    // A choice naming a principle the set lacks keeps the text, rather than losing it.
    const stale = previewSheet(newBank(), readDelimited('Title,LP\nA,Team Player'), {
      principles: { 'team player': 'no-such-principle' },
    });
    expect(stale.rows[0]!.tags).toEqual(['Team Player']);
  });

  it('gives a row without a title one from its first words, and skips a row with no story', () => {
    const table = readDelimited(
      'Title,Situation,Company\n,Our checkout failed every Friday at noon for a month,Acme\n,,Acme',
    );
    const preview = previewSheet(newBank(), table, {});
    expect(preview.rows[0]!.title).toBe('Our checkout failed every Friday at noon for…');
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'no title and no Situation, Task, Action or Result to tell the story' },
    ]);
  });

  it('reads a pasted range: tabs and a quoted cell with a line break', async () => {
    const text = await readFile(join(FIXTURES, 'pasted-range.tsv'), 'utf8');
    const preview = previewSheet(newBank(), readPasted(text), {});
    expect(preview.columns.map((c) => c.field)).toEqual([
      'title',
      'situation',
      'task',
      'action',
      'result',
      'principles',
    ]);
    expect(preview.rows[0]!.action).toBe(
      'I designed a queue for orders,\nI tested it on a train line with no signal.',
    );
    expect(preview.rows[1]!.principles).toEqual(['Deliver Results']);
  });

  it('reads a Markdown bank: sub-headings, bold labels, and a heading with no story named', async () => {
    const preview = previewSheet(newBank(), await tableOf('markdown-bank.md'), {});
    expect(preview.unit).toBe('line');
    expect(preview.rows.map((r) => [r.row, r.title, r.company, r.when, r.principles])).toEqual([
      [
        5,
        'Killing my own feature',
        'Contoso',
        '2024-11',
        ['Are Right, A Lot', 'Earn Trust (secondary)'],
      ],
      [32, 'Winning over the finance lead', '', null, ['Earn Trust', 'Dive Deep']],
    ]);
    expect(preview.rows[0]!.action).toBe(
      'I ran a holdout test against my own feature.\nI shared the flat result with the team before anyone asked.\n\n' +
        '#### A detail I tell when asked\n\nThe holdout was 10% of traffic for four weeks.',
    );
    expect(preview.rows[1]!.tags).toEqual(['finance', 'pricing']);
    expect(preview.skipped).toEqual([
      {
        row: 41,
        reason:
          '“An idea that is not a story yet” has no Situation, Task, Action or Result under it',
      },
    ]);
  });

  it("reads Storybank's own Markdown export back: facts, parts, principles with strengths, follow-ups", () => {
    const bank = newBank();
    const story = testStory('Checkout latency', {
      headline: 'I cut checkout latency in half before the EU launch.',
      situation: 'Checkout was slow.\n\nSupport tickets doubled.',
      task: 'I owned the latency budget.',
      action: 'I profiled every call and cached two services.',
      result: 'p95 fell from 2.1 s to 0.9 s.',
      learnings: 'Measure first.',
      company: 'Northwind',
      role: 'Senior PM',
      when: '2025-09',
      project: 'EU launch',
      status: 'ready',
      tags: ['latency', 'launch'],
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
      targetQuestions: ['Tell me about a time you went deep.'],
      followUps: [{ id: 'f1', question: 'What broke?', answer: 'A cache broke pricing.' }],
    });
    const text = bankMarkdown(bank, [story], new Date('2026-01-01T00:00:00Z'));
    const plan = planFor(bank, markdownTable(text), {});
    expect(plan.skipped).toEqual([]);
    const [back] = plan.stories.map((s) => s.content);
    expect(back).toMatchObject({
      title: story.title,
      headline: story.headline,
      situation: story.situation,
      task: story.task,
      action: story.action,
      result: story.result,
      learnings: story.learnings,
      company: 'Northwind',
      role: 'Senior PM',
      when: '2025-09',
      project: 'EU launch',
      status: 'ready',
      tags: story.tags,
      principles: story.principles,
      targetQuestions: story.targetQuestions,
      followUps: [{ question: 'What broke?', answer: 'A cache broke pricing.' }],
    });
  });
});
