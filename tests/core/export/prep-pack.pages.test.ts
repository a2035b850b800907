import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrepPack, type PrepPackOptions } from '../../../src/core/export';
import type { Bank } from '../../../src/core/model/schema';
import { convertToPdf, pdfPages, renderAllPages } from './docx-tools';
import { cardWords, fillCard, realisticBank, REALISTIC_TODAY } from './realistic-bank';

/**
 * The pack measured as printed: LibreOffice renders three packs of a realistic bank in one
 * run, and pdftotext reads them back a page at a time. The 15-story pack's pages are left as
 * PNGs in .tmp/pack-pages/ (with the measures in measures.json) for a person to look at.
 */

const dir = mkdtempSync(join(tmpdir(), 'storybank-pages-'));
const shots = resolve('.tmp/pack-pages');
const ALL = {
  cover: true,
  loopPlan: true,
  matrix: true,
  cheatSheet: true,
  storyCards: true,
  questionBank: true,
};
const options = (overrides: Partial<PrepPackOptions> = {}): PrepPackOptions => ({
  setId: 'amazon-lp',
  stories: 'all',
  sections: ALL,
  redact: false,
  today: REALISTIC_TODAY,
  ...overrides,
});

/** 20 stories, the first a full 350-word card, on the given paper. */
function twenty(paper: 'a4' | 'letter'): Bank {
  const bank = realisticBank(20);
  bank.settings.paperSize = paper;
  fillCard(bank.stories[0]!, 350);
  // Undated, so its card also ends with a "Still to fix" list, as many cards will.
  bank.stories[0]!.when = null;
  return bank;
}

const banks = {
  a4: twenty('a4'),
  letter: twenty('letter'),
  fifteen: realisticBank(15),
};
const pages: Record<string, string[]> = {};

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, bank] of Object.entries(banks)) {
    const loopId = name === 'fifteen' ? 'loop-1' : null;
    writeFileSync(join(dir, `${name}.docx`), await buildPrepPack(bank, options({ loopId })));
    files.push(join(dir, `${name}.docx`));
  }
  convertToPdf(files, dir);
  for (const name of Object.keys(banks)) pages[name] = pdfPages(join(dir, `${name}.pdf`));
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  renderAllPages(join(dir, 'fifteen.pdf'), join(shots, 'page'));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page a section starts on: the first page after the cover opening with its heading. */
const startOf = (name: string, heading: string) =>
  pages[name]!.findIndex((page, i) => i > 0 && page.startsWith(heading));

function cheatSheetPages(name: string): number {
  return startOf(name, 'Story cards') - startOf(name, 'Cheat sheet');
}

/** Pages of each story card: from its title's page to the page before the next card. */
function cardPages(name: string): Map<string, number> {
  const bank = banks[name as keyof typeof banks];
  const first = startOf(name, 'Story cards');
  const end = startOf(name, 'Question bank');
  const starts = bank.stories
    .map((story) => ({
      title: story.title,
      at: pages[name]!.findIndex((page, i) => i >= first && page.includes(story.title)),
    }))
    .sort((a, b) => a.at - b.at);
  return new Map(starts.map(({ title, at }, i) => [title, (starts[i + 1]?.at ?? end) - at]));
}

describe('the printed pack of a realistic bank', () => {
  it('keeps the cheat sheet of 20 stories to one page, on A4 and on Letter', () => {
    expect(startOf('a4', 'Cheat sheet')).toBeGreaterThan(0);
    expect(cheatSheetPages('a4')).toBe(1);
    expect(cheatSheetPages('letter')).toBe(1);
    // Every principle is on it, with the titles of the stories to tell.
    const sheet = pages.a4![startOf('a4', 'Cheat sheet')]!;
    expect(sheet).toContain('Success and Scale');
    expect(sheet).toContain('Responsibility');
    expect(sheet).toContain('Cutting no-shows at community clinics');
    expect(sheet).toContain('No-show rate 18% → 11%');
  });

  it('prints each story card on its own single page, a 350-word one too', () => {
    expect(cardWords(banks.a4.stories[0]!)).toBe(350);
    for (const name of ['a4', 'letter', 'fifteen']) {
      const cards = cardPages(name);
      expect(cards.size).toBe(banks[name as keyof typeof banks].stories.length);
      for (const [title, count] of cards) expect(count, `${name}: ${title}`).toBe(1);
    }
    const long = pages.letter!.find(
      (page, i) =>
        i >= startOf('letter', 'Story cards') && page.includes(banks.letter.stories[0]!.title),
    )!;
    expect(long).toContain('Still to fix');
    expect(long).toContain('Month and year given');
  });

  it('puts the 20-story matrix on one landscape page with its grid', () => {
    const at = startOf('a4', 'Coverage matrix');
    expect(pages.a4![at]).toMatch(/Principle State 1 2 3 4 5 .* 19 20/);
    // Its key, down to the 20th story, on the same page (a title may wrap in its column).
    const last = banks.a4.stories[19]!.title.split(' ').slice(0, 3).join(' ');
    expect(pages.a4![at]).toContain(`20 ${last}`);
    expect(pages.letter![startOf('letter', 'Coverage matrix')]).toContain(`20 ${last}`);
  });

  it('names the candidate, the target and the coming loop on the cover', () => {
    const cover = pages.fifteen![0]!;
    expect(cover).toContain('Jordan Rivera');
    expect(cover).toContain('Senior Product Manager at Amazon');
    expect(cover).toContain('For Amazon Seattle onsite · 14 December 2026, 09:30');
    expect(cover).toMatch(/Coverage: \d+ of 16 covered/);
    writeFileSync(
      join(shots, 'measures.json'),
      JSON.stringify(
        {
          cheatSheetPages: { a4: cheatSheetPages('a4'), letter: cheatSheetPages('letter') },
          packPages: {
            a4: pages.a4!.length,
            letter: pages.letter!.length,
            fifteen: pages.fifteen!.length,
          },
          longestCardPages: Math.max(
            ...['a4', 'letter', 'fifteen'].flatMap((n) => [...cardPages(n).values()]),
          ),
        },
        null,
        2,
      ),
    );
  });
});
