/**
 * Windows .ico and macOS .icns files written by hand: both formats hold PNG images as they are
 * (Windows Vista and macOS 10.7 onwards), so a container is a small header and the PNGs.
 */

export interface SizedPng {
  size: number;
  png: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function checkPngs(images: readonly SizedPng[], allowed: readonly number[]): void {
  if (images.length === 0) throw new Error('An icon needs at least one image.');
  for (const { size, png } of images) {
    if (!allowed.includes(size)) throw new Error(`No icon slot for ${size}×${size}.`);
    if (!isPng(png)) throw new Error(`The ${size}×${size} image is not a PNG.`);
  }
}

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** ICONDIR, one ICONDIRENTRY per image (a width of 0 means 256), then the PNGs. */
export function writeIco(images: readonly SizedPng[]): Uint8Array {
  checkPngs(images, ICO_SIZES);
  const headerSize = 6 + 16 * images.length;
  const total = headerSize + images.reduce((sum, image) => sum + image.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    view.setUint8(entry, size >= 256 ? 0 : size);
    view.setUint8(entry + 1, size >= 256 ? 0 : size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}

/** The icns types that take PNG data, by pixel size (the @2x types carry the larger ones). */
export const ICNS_TYPES: ReadonlyArray<{ type: string; size: number }> = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic13', size: 256 },
  { type: 'ic14', size: 512 },
];

/** 'icns', the file's length, then for each image its type, its length and the PNG (big-endian). */
export function writeIcns(images: readonly SizedPng[]): Uint8Array {
  checkPngs(
    images,
    ICNS_TYPES.map((slot) => slot.size),
  );
  const bySize = new Map(images.map((image) => [image.size, image.png]));
  const chunks = ICNS_TYPES.flatMap(({ type, size }) => {
    const png = bySize.get(size);
    return png ? [{ type, png }] : [];
  });
  const total = 8 + chunks.reduce((sum, chunk) => sum + 8 + chunk.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) =>
    [...text].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
  ascii('icns', 0);
  view.setUint32(4, total);
  let offset = 8;
  for (const { type, png } of chunks) {
    ascii(type, offset);
    view.setUint32(offset + 4, 8 + png.length);
    out.set(png, offset + 8);
    offset += 8 + png.length;
  }
  return out;
}
