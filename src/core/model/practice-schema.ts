import { z } from 'zod';
import { MAX_PRACTICE_ENTRIES, MAX_PRACTICE_NOTE_CHARS, MAX_QUESTION_CHARS } from './limits';
import { IdSchema, shortText, timestamp } from './primitives';

/**
 * One rehearsal out loud: which card, how long, how it went. The log is the only record of
 * practice; when each card is next due is worked out from it (rehearsal/schedule.ts), so the
 * schedule can never disagree with what was practised. Entries are kept small (empty parts
 * are left out) because a year of daily practice is thousands of them.
 */

/** What a card asks: answer a question, tell a story in 2 minutes, 30 or 90 seconds, or drill. */
export const CARD_KINDS = ['question', 'story', 'short-30', 'short-90', 'follow-ups'] as const;
export const CardKindSchema = z.enum(CARD_KINDS);

/** Again, Hard, Good, Easy: the four answers every flashcard app asks for. */
export const PracticeRatingSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
]);

/** A recording's file in recordings/: named by its entry, so a name says whose it is. */
export const RecordingNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}\.(webm|ogg|m4a)$/, 'A recording is a .webm, .ogg or .m4a file.');

const seconds = z.number().int().min(0).max(3_600);

export const PracticeEntrySchema = z.object({
  id: IdSchema,
  storyId: IdSchema,
  card: CardKindSchema,
  /** The question a 'question' card asked; absent otherwise. */
  question: shortText(MAX_QUESTION_CHARS).min(1).optional(),
  at: timestamp,
  seconds,
  /** Seconds spent on Situation, Task, Action and Result, when the parts were marked. */
  parts: z.tuple([seconds, seconds, seconds, seconds]).optional(),
  rating: PracticeRatingSchema,
  note: shortText(MAX_PRACTICE_NOTE_CHARS).optional(),
  /** The audio of this telling, in the data folder's recordings/; never inside the bank. */
  recording: RecordingNameSchema.optional(),
});

export const PracticeLogSchema = z.array(PracticeEntrySchema).max(MAX_PRACTICE_ENTRIES);

export type CardKind = z.infer<typeof CardKindSchema>;
export type PracticeRating = z.infer<typeof PracticeRatingSchema>;
export type PracticeEntry = z.infer<typeof PracticeEntrySchema>;
