import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPng, writeIcns, writeIco } from '../../../scripts/packaging/icon-containers';

/** A PNG as far as the containers care: the signature and a marker byte. */
const png = (marker: number) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker]);

/** Reads an .ico's directory back: size, byte length and the bytes at the offset. */
function readIco(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint16(0, true)).toBe(0);
  expect(view.getUint16(2, true)).toBe(1);
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    return {
      size: view.getUint8(entry) || 256,
      bpp: view.getUint16(entry + 6, true),
      data: bytes.slice(offset, offset + length),
    };
  });
}

/** Reads an .icns back: its declared length and its chunks. */
function readIcns(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number) => String.fromCharCode(...bytes.slice(at, at + 4));
  expect(text(0)).toBe('icns');
  expect(view.getUint32(4)).toBe(bytes.length);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < bytes.length; at += view.getUint32(at + 4)) {
    chunks.push({ type: text(at), data: bytes.slice(at + 8, at + view.getUint32(at + 4)) });
  }
  return chunks;
}

describe('writeIco', () => {
  it('lists each PNG with its size (256 as 0) and points at it', () => {
    const entries = readIco(
      writeIco([
        { size: 16, png: png(1) },
        { size: 256, png: png(2) },
      ]),
    );
    expect(entries.map(({ size, bpp }) => [size, bpp])).toEqual([
      [16, 32],
      [256, 32],
    ]);
    expect(entries[1]?.data).toEqual(png(2));
  });

  it('refuses sizes it has no slot for, and images that are not PNGs', () => {
    expect(() => writeIco([{ size: 1024, png: png(1) }])).toThrow(/1024/);
    expect(() => writeIco([{ size: 16, png: new Uint8Array([1, 2, 3]) }])).toThrow(/PNG/);
    expect(() => writeIco([])).toThrow();
  });
});

describe('writeIcns', () => {
  it('puts each PNG in every slot of its size', () => {
    const chunks = readIcns(
      writeIcns([
        { size: 16, png: png(1) },
        { size: 32, png: png(2) },
        { size: 1024, png: png(3) },
      ]),
    );
    expect(chunks.map((chunk) => chunk.type)).toEqual(['icp4', 'icp5', 'ic10', 'ic11']);
    expect(chunks.find((chunk) => chunk.type === 'ic10')?.data).toEqual(png(3));
  });
});

describe('the committed icon set', () => {
  const file = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../../resources/icons/${name}`, import.meta.url)));

  it('has every PNG size at its size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const bytes = file(`${size}x${size}.png`);
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      expect(isPng(bytes)).toBe(true);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([size, size]);
    }
  });

  it('has a Windows icon from 16 to 256 and a macOS icon up to 1024, all PNG inside', () => {
    const ico = readIco(file('icon.ico'));
    expect(ico.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(ico.every((entry) => isPng(entry.data))).toBe(true);
    const icns = readIcns(file('icon.icns'));
    expect(icns.map((chunk) => chunk.type)).toEqual(
      expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']),
    );
    expect(icns.every((chunk) => isPng(chunk.data))).toBe(true);
  });
});
