/**
 * Audio as the contract carries it: base64 in pieces, each under the contract's limit for a
 * single string, so a recording travels through the same checked door as everything else.
 */

export const AUDIO_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];
export const AUDIO_CHUNK_CHARS = 16_000;

export const EXTENSION_OF: Record<AudioType, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
};

export function typeOfRecording(name: string): AudioType {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  const found = Object.entries(EXTENSION_OF).find(([, ext]) => ext === extension);
  return (found?.[0] as AudioType | undefined) ?? 'audio/webm';
}

/** The type MediaRecorder reports ("audio/webm;codecs=opus") as one the bank keeps, or null. */
export function audioTypeOf(mime: string): AudioType | null {
  const base = mime.split(';')[0]!.trim().toLowerCase();
  return (AUDIO_TYPES as readonly string[]).includes(base) ? (base as AudioType) : null;
}

export function toChunks(bytes: Uint8Array): string[] {
  const chunks: string[] = [];
  // 12,000 bytes make exactly 16,000 base64 characters, so only the last piece is padded.
  const step = (AUDIO_CHUNK_CHARS / 4) * 3;
  for (let start = 0; start < bytes.length; start += step) {
    let binary = '';
    for (const byte of bytes.subarray(start, start + step)) binary += String.fromCharCode(byte);
    chunks.push(btoa(binary));
  }
  return chunks;
}

export function fromChunks(chunks: readonly string[]): Uint8Array<ArrayBuffer> {
  const parts = chunks.map((chunk) => Uint8Array.from(atob(chunk), (char) => char.charCodeAt(0)));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
