import { z } from 'zod';
import { MAX_FIELD_CHARS } from '../core/model/limits';
import { SHEET_FIELDS } from '../core/portability/sheet-fields';
import { AUDIO_CHUNK_CHARS } from '../core/rehearsal/audio';

/** The input of 'sheet:preview' and 'sheet:import' (contract.ts), kept apart for its size. */

/**
 * A spreadsheet, Markdown file or pasted range, in pieces under the limit for one string: a
 * file's bytes as base64 (see core/rehearsal/audio.ts), pasted text as it is.
 */
const sheetSource = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('file'),
      name: z.string().min(1).max(260),
      chunks: z
        .array(
          z
            .string()
            .max(AUDIO_CHUNK_CHARS)
            .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A file arrives as base64.'),
        )
        .min(1)
        .max(2_000),
    })
    .strict(),
  z
    .object({
      kind: z.literal('pasted'),
      chunks: z.array(z.string().max(MAX_FIELD_CHARS)).min(1).max(1_000),
    })
    .strict(),
]);
export const sheetRequest = z
  .object({
    source: sheetSource,
    sheet: z.string().min(1).max(200).optional(),
    mapping: z.array(z.enum(SHEET_FIELDS)).max(1_000).optional(),
    // Unmatched principle text (as compared) → a principle id, 'drop' or 'tag'.
    principles: z.record(z.string().max(MAX_FIELD_CHARS), z.string().min(1).max(100)).optional(),
  })
  .strict();
/** 2,000 pieces of 16,000 base64 characters: room for a 20 MB file, the most table-files reads. */
export const SHEET_LIMITS = { maxRequestBytes: 34_000_000 };
