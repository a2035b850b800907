import { z } from 'zod';
import {
  MAX_DETAIL_CHARS,
  MAX_LOOPS,
  MAX_PINS,
  MAX_PRINCIPLES_PER_ROUND,
  MAX_QUESTION_CHARS,
  MAX_ROUNDS,
  MAX_TITLE_CHARS,
} from './limits';
import { IdSchema, longText, shortText, timestamp } from './primitives';

/** An interview loop: who asks what, the plan of stories, and what happened afterwards. */

export const ROUND_KINDS = [
  'phone-screen',
  'hiring-manager',
  'peer',
  'bar-raiser',
  'other',
] as const;
export const RoundKindSchema = z.enum(ROUND_KINDS);

/** A question asked in a round, with the story told for it, logged after the round. */
export const AskedQuestionSchema = z.object({
  principleId: IdSchema.nullable(),
  text: shortText(MAX_QUESTION_CHARS).min(1, 'A question needs some text.'),
  storyId: IdSchema.nullable(),
});

export const DebriefSchema = z.object({
  asked: z.array(AskedQuestionSchema).max(20),
  /** How it went: 1 badly … 4 very well; null when not said. */
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  notes: longText,
});

export const RoundSchema = z.object({
  id: IdSchema,
  interviewer: shortText(MAX_DETAIL_CHARS),
  interviewerRole: shortText(MAX_DETAIL_CHARS),
  kind: RoundKindSchema,
  /** What this interviewer probes; empty plans for the most-asked principles left over. */
  principleIds: z.array(IdSchema).max(MAX_PRINCIPLES_PER_ROUND),
  notes: longText,
  debrief: DebriefSchema.nullable(),
});

export const PlanPinSchema = z.object({
  roundId: IdSchema,
  principleId: IdSchema,
  role: z.enum(['main', 'backup']),
  storyId: IdSchema,
});

/** "2026-12-14T09:30": the interview's wall-clock time where it happens. */
export const LocalDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
    'Use a date and a time.',
  );

export const LoopSchema = z.object({
  id: IdSchema,
  name: shortText(MAX_TITLE_CHARS).min(1, 'A loop needs a name.'),
  company: shortText(MAX_DETAIL_CHARS),
  role: shortText(MAX_DETAIL_CHARS),
  at: LocalDateTimeSchema.nullable(),
  setId: IdSchema,
  rounds: z.array(RoundSchema).max(MAX_ROUNDS),
  pins: z.array(PlanPinSchema).max(MAX_PINS),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const LoopsSchema = z.array(LoopSchema).max(MAX_LOOPS);

export type RoundKind = z.infer<typeof RoundKindSchema>;
export type AskedQuestion = z.infer<typeof AskedQuestionSchema>;
export type Debrief = z.infer<typeof DebriefSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type Loop = z.infer<typeof LoopSchema>;
