/**
 * The text of a bank or set file, whatever a program saved it as: UTF-8 with or without a BOM
 * (Windows tools add one), or UTF-16 (Excel's and PowerShell's "Unicode"), with or without a
 * BOM. A file of zero bytes stays as it is, for the reader to call damaged.
 */
export function decodeBankBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16le(swapPairs(bytes.subarray(2)));
  const guess = utf16WithoutBom(bytes);
  if (guess === 'le') return utf16le(bytes);
  if (guess === 'be') return utf16le(swapPairs(bytes));
  return utf8(bytes);
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
const utf16le = (bytes: Uint8Array) => new TextDecoder('utf-16le').decode(bytes);

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

/**
 * JSON is mostly ASCII ("{", quotes, spaces, names), so UTF-16 shows as a zero byte beside most
 * of the first characters, always on the same side. UTF-8 text has no zero bytes at all, and a
 * file of nothing but zeros is debris, not UTF-16.
 */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
  if (sample.length < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  const most = (count: number) => count >= pairs * 0.6;
  const few = (count: number) => count <= pairs * 0.1;
  if (most(oddZeros) && few(evenZeros)) return 'le';
  if (most(evenZeros) && few(oddZeros)) return 'be';
  return null;
}

/** Text read elsewhere (a browser's File.text(), a pasted string) without its BOM. */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
