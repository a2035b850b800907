import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrepPack, prepPackSummary } from '../../../src/core/export';
import { MAX_FIELD_CHARS } from '../../../src/core/model/limits';
import type { Bank } from '../../../src/core/model/schema';
import { convertToPdf, docxPart, pdfPageSize, pdfText, renderPages, xmllint } from './docx-tools';
import { ALL_SECTIONS, packOptions, sampleBank } from './sample-bank';

/**
 * The packs as a reader gets them: LibreOffice renders three documents in one run (~4 s each
 * start-up saved), pdftotext reads them back. PREP_PACK_SHOTS=1 also writes the first pages
 * as PNGs to .tmp/shots/ for a person to look at.
 */

const dir = mkdtempSync(join(tmpdir(), 'storybank-pack-'));
const pdf = (name: string) => join(dir, `${name}.pdf`);
const text: Record<string, string> = {};
const xml: Record<string, string> = {};

/** Emoji, Arabic, Hebrew, a 300-letter word and fields at the 20,000-character limit. */
function edgeBank(): Bank {
  const bank = sampleBank();
  const longWord = `Supercalifragilistic${'x'.repeat(280)}`;
  // At the field limit; the cut may split the last emoji, leaving half a surrogate pair.
  const filler = 'I measured, I decided, I shipped. 📈 '.repeat(600).slice(0, MAX_FIELD_CHARS);
  Object.assign(bank.stories[0]!, {
    title: 'Launch 🚀 in Riyadh and Tel Aviv',
    headline: 'قدت فريقًا من خمسة مهندسين — הובלתי צוות של חמישה מהנדסים 👩‍💻',
    situation: `${longWord} ends here.\n\nقدت فريقًا من خمسة مهندسين لإطلاق المنتج.`,
    task: 'הובלתי צוות של חמישה מהנדסים.',
    action: filler,
    result: filler,
    learnings: filler,
  });
  bank.stories[0]!.followUps[0]!.answer = filler;
  return bank;
}

const packs = {
  full: () => buildPrepPack(sampleBank(), packOptions()),
  letter: () => {
    const bank = sampleBank();
    bank.settings.paperSize = 'letter';
    const sections = {
      cover: true,
      matrix: false,
      cheatSheet: true,
      storyCards: true,
      questionBank: false,
    };
    return buildPrepPack(bank, packOptions({ stories: 'ready', sections, redact: true }));
  },
  // Story cards hold the long fields, the cheat sheet puts right-to-left text in a table.
  edge: () =>
    buildPrepPack(
      edgeBank(),
      packOptions({ sections: { ...ALL_SECTIONS, matrix: false, questionBank: false } }),
    ),
};

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, build] of Object.entries(packs)) {
    const bytes = await build();
    xml[name] = docxPart(bytes);
    writeFileSync(join(dir, `${name}.docx`), bytes);
    files.push(join(dir, `${name}.docx`));
  }
  convertToPdf(files, dir);
  for (const name of Object.keys(packs)) {
    if (existsSync(pdf(name))) text[name] = pdfText(pdf(name));
  }
  if (process.env.PREP_PACK_SHOTS) {
    const shots = resolve('.tmp/shots');
    mkdirSync(shots, { recursive: true });
    for (const name of Object.keys(packs)) renderPages(pdf(name), join(shots, `prep-pack-${name}`));
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the prep pack in LibreOffice', () => {
  it('converts every pack to a non-empty PDF', () => {
    for (const name of Object.keys(packs)) {
      expect(existsSync(pdf(name)), `${name}.pdf`).toBe(true);
      expect(statSync(pdf(name)).size).toBeGreaterThan(5_000);
    }
  });

  it('prints every story title and every principle of the set', () => {
    const bank = sampleBank();
    const full = text.full!;
    for (const story of bank.stories.filter((s) => s.deletedAt === null)) {
      expect(full, story.title).toContain(story.title);
    }
    for (const principle of bank.principleSets[0]!.principles) {
      expect(full, principle.name).toContain(principle.name);
    }
    expect(full).not.toContain('A trashed story nobody should see');
    expect(full).toMatch(/Gap .*Thin .*Covered|Covered .*Thin .*Gap/);
  });

  it('shows the contents filled in, without Word', () => {
    expect(text.full).toMatch(
      /Contents Coverage matrix Write next Cheat sheet Story cards Cut checkout latency/,
    );
    expect(text.full).toMatch(/Page 1 of \d+/);
  });

  it('leaves out sections turned off and drafts when ready-only', () => {
    const letter = text.letter!;
    expect(letter).toContain('Cheat sheet');
    expect(letter).not.toContain('Coverage matrix');
    expect(letter).not.toContain('Question bank');
    expect(letter).toContain('Rescued the billing migration');
    expect(letter).not.toContain('Disagreed with the VP on pricing tiers');
    expect(letter).not.toContain('Renegotiated the data vendor contract');
  });

  it('masks confidential terms the summary lists', () => {
    const summary = prepPackSummary(sampleBank(), packOptions({ stories: 'ready', redact: true }));
    expect(summary.confidentialMatches.map((m) => m.term)).toContain('Acme Corp.');
    expect(text.full).toContain('Acme Corp.');
    expect(text.letter).not.toContain('Acme Corp.');
    expect(text.letter).not.toContain('$4.2M');
    expect(text.letter).toContain('[redacted]');
  });

  it('prints on the paper size of the settings', () => {
    expect(pdfPageSize(pdf('full'))).toMatch(/^595\.\d+ x 841\.\d+ pts/);
    expect(pdfPageSize(pdf('letter'))).toMatch(/^612 x 792 pts/);
  });

  it('renders emoji, right-to-left text, a 300-letter word and 20,000-character fields', () => {
    expect(xmllint(xml.edge!).ok).toBe(true);
    const edge = text.edge!.replace(/ /g, '');
    expect(edge).toContain('Supercalifragilistic');
    expect(edge).toContain('xxxxxxxxxxxxxxxxxxxx');
    expect(edge).toContain('Ishipped.');
    expect(text.edge).toContain('Riyadh and Tel Aviv');
    // pdftotext gives right-to-left runs back in logical order.
    expect(text.edge).toContain('הובלתי צוות של חמישה מהנדסים');
    expect(text.edge).toContain('قدت فريقًا من خمسة');
  });
});
