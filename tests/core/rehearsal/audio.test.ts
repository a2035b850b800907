import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordingNameSchema } from '../../../src/core/model/practice-schema';
import {
  AUDIO_CHUNK_CHARS,
  AUDIO_TYPES,
  audioTypeOf,
  EXTENSION_OF,
  fromChunks,
  toChunks,
  typeOfRecording,
} from '../../../src/core/rehearsal/audio';

describe('audio in base64 pieces', () => {
  it('comes back byte for byte, in pieces under the limit, padded only at the end', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 40_000 }), (bytes) => {
        const chunks = toChunks(bytes);
        expect(fromChunks(chunks)).toEqual(bytes);
        expect(chunks.length).toBe(Math.ceil(bytes.length / ((AUDIO_CHUNK_CHARS / 4) * 3)));
        for (const chunk of chunks.slice(0, -1)) {
          expect(chunk).toHaveLength(AUDIO_CHUNK_CHARS);
          expect(chunk).not.toContain('=');
        }
        expect(chunks.at(-1)?.length ?? 0).toBeLessThanOrEqual(AUDIO_CHUNK_CHARS);
      }),
      { numRuns: 40 },
    );
  });

  it('decodes pieces each padded on their own', () => {
    expect(fromChunks(['QQ==', 'Qg==', 'Q0Q='])).toEqual(new TextEncoder().encode('ABCD'));
  });
});

describe('the types of a recording', () => {
  it('keeps what MediaRecorder reports, without its codecs, and nothing else', () => {
    expect(audioTypeOf('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(audioTypeOf(' Audio/Ogg ; codecs=opus')).toBe('audio/ogg');
    expect(audioTypeOf('audio/mp4')).toBe('audio/mp4');
    expect(audioTypeOf('audio/wav')).toBeNull();
    expect(audioTypeOf('')).toBeNull();
  });

  it('names each type with an extension a recording’s name may have, and reads it back', () => {
    for (const type of AUDIO_TYPES) {
      const name = `entry-1.${EXTENSION_OF[type]}`;
      expect(RecordingNameSchema.safeParse(name).success).toBe(true);
      expect(typeOfRecording(name)).toBe(type);
    }
  });
});
