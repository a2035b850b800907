import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../../src/core/export';
import { startsRightToLeft } from '../../../src/core/export/text-safety';
import { escapeXml, xmllint } from './docx-tools';
import { hostileString } from './hostile-strings';

describe('xmlSafe', () => {
  it('removes C0 controls but keeps tab, line feed and carriage return', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(xmlSafe(`a${controls}b`)).toBe('a\t\n\rb');
  });

  it('removes DEL and the C1 controls', () => {
    expect(xmlSafe('a\u007F\u0080\u0092\u009Fb')).toBe('ab');
  });

  it('removes U+FFFE, U+FFFF and the noncharacters U+FDD0–U+FDEF', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc\uFDD0d\uFDEFe')).toBe('abcde');
    expect(xmlSafe('\uFDCF\uFDF0')).toBe('\uFDCF\uFDF0'); // their neighbours are fine
  });

  it('removes the last two code points of every supplementary plane', () => {
    for (let plane = 1; plane <= 16; plane++) {
      const base = plane * 0x10000;
      const text = `x${String.fromCodePoint(base + 0xfffe, base + 0xffff)}y`;
      expect(xmlSafe(text), `plane ${plane}`).toBe('xy');
      expect(xmlSafe(String.fromCodePoint(base + 0xfffd))).toBe(
        String.fromCodePoint(base + 0xfffd),
      );
    }
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(xmlSafe('a\uD800b')).toBe('a\uFFFDb');
    expect(xmlSafe('a\uDC00')).toBe('a\uFFFD');
    expect(xmlSafe('\uDC00\uD800')).toBe('\uFFFD\uFFFD'); // reversed halves are not a pair
    expect(xmlSafe('🎉 done')).toBe('🎉 done');
  });

  it('keeps emoji sequences, right-to-left scripts and combining marks', () => {
    const samples = [
      '👩‍💻 shipped it 👍🏽 🇺🇸',
      'قدت فريقًا من خمسة مهندسين',
      'הובלתי צוות של חמישה מהנדסים',
      'cafe\u0301 n\u0303 Z̤͔ͧ̑',
      '数据驱动的决策',
    ];
    for (const sample of samples) expect(xmlSafe(sample)).toBe(sample);
  });

  it('is idempotent and leaves only XML characters (1,000 arbitrary strings)', () => {
    const outputs: string[] = [];
    // XML 1.0 Char, minus the noncharacters we also drop.
    const xmlChars =
      /^[\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    fc.assert(
      fc.property(hostileString(), (text) => {
        const safe = xmlSafe(text);
        outputs.push(safe);
        expect(xmlSafe(safe)).toBe(safe);
        expect(xmlChars.test(safe)).toBe(true);
        expect(/[\uFFFE\uFFFF]/.test(safe)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    // And xmllint, in one batch: the property above is our reading of the spec, this is a parser's.
    const doc = `<r>${outputs.map((text) => `<s>${escapeXml(text)}</s>`).join('')}</r>`;
    expect(xmllint(doc)).toEqual({ ok: true, errors: '' });
  });
});

describe('startsRightToLeft', () => {
  it('follows the first letter', () => {
    expect(startsRightToLeft('  123 قدت فريقًا')).toBe(true);
    expect(startsRightToLeft('הובלתי then English')).toBe(true);
    expect(startsRightToLeft('I led قدت')).toBe(false);
    expect(startsRightToLeft('123 !')).toBe(false);
  });
});
