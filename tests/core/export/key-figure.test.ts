import { describe, expect, it } from 'vitest';
import { buildPrepPack } from '../../../src/core/export';
import { keyFigure, measuredPieces, shorten } from '../../../src/core/export/key-figure';
import { generateBank } from '../../../bench/generate';
import { docxPart } from './docx-tools';
import { packOptions } from './sample-bank';

describe('keyFigure: the one figure that proves a story', () => {
  it('takes the first measured entry of the Metrics note first', () => {
    expect(keyFigure({ metrics: 'Team of 4; No-show rate 18% → 11%', result: 'x' })).toBe(
      'Team of 4',
    );
    expect(keyFigure({ metrics: 'lots; NPS 31 → 48', result: 'Rose 5%.' })).toBe('NPS 31 → 48');
  });

  it('else quotes the Result around its most telling measure, a before and after whole', () => {
    const result =
      'Within three months, and after a long rollout across all six clinics in the region, the no-show rate fell from 18% to 11%. Staff were happier.';
    expect(keyFigure({ metrics: '', result })).toBe('the no-show rate fell from 18% to 11%');
    expect(
      keyFigure({
        metrics: '',
        result: 'p95 dropped to 1.1 s; conversion rose 3.1% in the first month.',
      }),
    ).toBe('conversion rose 3.1% in the first month');
    expect(keyFigure({ metrics: '', result: 'Monthly cost fell from $310,000 to $167,000.' })).toBe(
      'Monthly cost fell from $310,000 to $167,000',
    );
  });

  it('has nothing to quote when no part holds a number', () => {
    expect(keyFigure({ metrics: '', result: 'Customers were happier.' })).toBeNull();
    expect(keyFigure({ metrics: 'many', result: '' })).toBeNull();
  });

  it('stays short: cut at a word, with an ellipsis', () => {
    const figure = keyFigure({
      metrics: `Revenue up 40% ${'across every region '.repeat(5)}`,
      result: '',
    })!;
    expect(figure.length).toBeLessThanOrEqual(48);
    expect(figure.endsWith('…')).toBe(true);
    expect(shorten('one two three four', 12)).toBe('one two…');
  });
});

describe('measuredPieces', () => {
  it('sets the figures of the Result in bold, not number words, and keeps the text whole', () => {
    const text = 'Activation rose from 41% to 59% in eight weeks; support costs halved.';
    const pieces = measuredPieces(text);
    expect(pieces.map(([piece]) => piece).join('')).toBe(text);
    const bold = pieces.filter(([, style]) => style?.bold).map(([piece]) => piece);
    expect(bold).toContain('41%');
    expect(bold).toContain('59%');
    expect(bold.some((piece) => /halved/.test(piece))).toBe(true);
    expect(bold.some((piece) => /eight/.test(piece))).toBe(false);
  });
});

describe('the cheat sheet of a large bank', () => {
  it('shows at most three stories a principle, the rest counted, for 300 stories', async () => {
    const bank = generateBank(300);
    const sections = { cheatSheet: true };
    const xml = docxPart(
      await buildPrepPack(bank, packOptions({ setId: bank.activeSetId, sections })),
    );
    const entries = xml.match(/<w:pStyle w:val="Cheat"\/><w:ind /g) ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(16);
    expect(entries.length).toBeLessThanOrEqual(16 * 3);
    expect(xml).toMatch(/ · \d+ more</);
  });
});
