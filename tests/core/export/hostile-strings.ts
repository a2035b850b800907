import fc from 'fast-check';

/** Pieces a bad paste or a fuzzer brings: each class xmlSafe must handle. */
const SAMPLES = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\t',
  '\n',
  '\r\n',
  '\n\n',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\uFDEF',
  '\u{1FFFE}',
  '\u{10FFFF}',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '🎉',
  '👩‍💻',
  '🇺🇸',
  'قدت فريقًا',
  'הובלתי צוות',
  'e\u0301',
  '<w:t>',
  ']]>',
  '&amp;',
  '"\'',
  '\u200F',
  '\u2028',
];

/**
 * Arbitrary text: any code unit or code point (lone surrogates included), interleaved with the
 * samples above so the nasty classes show up in most runs, not once in a thousand.
 */
export function hostileString(maxLength = 40): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.string({
          unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
          maxLength: 8,
        }),
        fc.constantFrom(...SAMPLES),
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));
}
