import { describe, expect, it } from 'vitest';
import { decodeBankBytes } from '../../../src/core/portability/text-decoding';
import { parseBank } from '../../../src/core/store/parse-bank';

const text = '{\n  "title": "Café – 1€"\n}';
const le = Buffer.from(text, 'utf16le');
const be = Buffer.from(text, 'utf16le').swap16();

describe('the text of a bank file, however it was saved', () => {
  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ['UTF-16 LE without a BOM', le],
    ['UTF-16 BE without a BOM', be],
  ])('reads %s', (_name, bytes) => {
    expect(decodeBankBytes(new Uint8Array(bytes))).toBe(text);
  });

  it('leaves a file of zero bytes for the reader to call damaged', () => {
    const zeros = decodeBankBytes(new Uint8Array(4096));
    expect(parseBank(zeros)).toEqual({
      ok: false,
      problem: 'the file is filled with zero bytes (often left by a crash)',
    });
  });

  it('reads a bank text that still carries its BOM', () => {
    expect(parseBank('\uFEFF{"schemaVersion": 4}')).toMatchObject({ ok: false });
    expect(parseBank('\uFEFF{"schemaVersion": 4}')).not.toMatchObject({
      problem: expect.stringContaining('not valid JSON'),
    });
  });
});
