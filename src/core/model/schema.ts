import { z } from 'zod';
import {
  MAX_CONFIDENTIAL_TERMS,
  MAX_DESCRIPTION_CHARS,
  MAX_DETAIL_CHARS,
  MAX_DISMISSED_CHECKS,
  MAX_FOLLOW_UPS,
  MAX_HEADLINE_CHARS,
  MAX_MAPPINGS_PER_STORY,
  MAX_PRINCIPLE_NAME_CHARS,
  MAX_PRINCIPLES_PER_SET,
  MAX_QUESTION_CHARS,
  MAX_QUESTIONS_PER_PRINCIPLE,
  MAX_SET_NAME_CHARS,
  MAX_SETS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TARGET_QUESTIONS,
  MAX_TITLE_CHARS,
} from './limits';
import { LoopsSchema } from './loop-schema';
import { PracticeLogSchema } from './practice-schema';
import { IdSchema, longText, shortText, timestamp } from './primitives';

export const CURRENT_SCHEMA_VERSION = 6;

export { IdSchema };
const id = IdSchema;

/** "2024-03": a story is remembered by month, rarely by day. */
export const YearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use year and month, like 2024-03.');

export const QuestionSchema = z.object({
  id,
  text: shortText(MAX_QUESTION_CHARS).min(1, 'A question needs some text.'),
});

export const PrincipleSchema = z.object({
  id,
  name: shortText(MAX_PRINCIPLE_NAME_CHARS).min(1, 'A principle needs a name.'),
  description: shortText(MAX_DESCRIPTION_CHARS).default(''),
  /** How often interviewers probe it: 3 very often, 1 now and then. Orders the gaps. */
  frequency: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  questions: z.array(QuestionSchema).max(MAX_QUESTIONS_PER_PRINCIPLE).default([]),
});

export const PrincipleSetSchema = z.object({
  id,
  name: shortText(MAX_SET_NAME_CHARS).min(1, 'A principle set needs a name.'),
  /** Set for sets shipped with Storybank, so their original text can be restored. */
  builtIn: z.boolean().default(false),
  principles: z.array(PrincipleSchema).max(MAX_PRINCIPLES_PER_SET),
});

export const StrengthSchema = z.enum(['primary', 'secondary']);

export const PrincipleMappingSchema = z.object({
  principleId: id,
  strength: StrengthSchema,
});

export const FollowUpSchema = z.object({
  id,
  question: shortText(MAX_QUESTION_CHARS),
  answer: longText,
});

export const StoryStatusSchema = z.enum(['draft', 'ready']);

/**
 * What the candidate writes. No defaults here on purpose: zod applies a field's default even
 * inside `.partial()`, which would turn an update of one field into a reset of the others.
 */
export const StoryContentSchema = z.object({
  title: shortText(MAX_TITLE_CHARS).min(1, 'A story needs a title.'),
  headline: shortText(MAX_HEADLINE_CHARS),
  situation: longText,
  task: longText,
  action: longText,
  result: longText,
  learnings: longText,
  metrics: longText,
  company: shortText(MAX_DETAIL_CHARS),
  role: shortText(MAX_DETAIL_CHARS),
  when: YearMonthSchema.nullable(),
  project: shortText(MAX_DETAIL_CHARS),
  tags: z.array(shortText(MAX_TAG_CHARS).min(1, 'A tag needs some text.')).max(MAX_TAGS),
  principles: z.array(PrincipleMappingSchema).max(MAX_MAPPINGS_PER_STORY),
  followUps: z.array(FollowUpSchema).max(MAX_FOLLOW_UPS),
  status: StoryStatusSchema,
  /** Interview questions this story is meant to answer (e.g. chosen in "Write next"). */
  targetQuestions: z.array(shortText(MAX_QUESTION_CHARS).min(1)).max(MAX_TARGET_QUESTIONS),
  /** Ids of quality checks the candidate dismissed for this story ("I know"). */
  dismissedChecks: z.array(id).max(MAX_DISMISSED_CHECKS),
});

export const StorySchema = StoryContentSchema.extend({
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

/** The settings a person can change, without defaults (see StoryContentSchema for why). */
export const SettingsValuesSchema = z.object({
  theme: ThemeSchema,
  candidateName: shortText(MAX_DETAIL_CHARS),
  targetRole: shortText(MAX_DETAIL_CHARS),
  targetCompany: shortText(MAX_DETAIL_CHARS),
  /** Speaking pace used to estimate how long a story takes to tell. */
  speakingRateWpm: z.number().int().min(60).max(300),
  /** Target window for a spoken story, in seconds, and the length to aim for inside it. */
  minSpeakingSeconds: z.number().int().min(15).max(600),
  maxSpeakingSeconds: z.number().int().min(30).max(900),
  idealSpeakingSeconds: z.number().int().min(15).max(900),
  /** At least this many "I" for each "we" in the Action. */
  minIPerWe: z.number().min(0).max(10),
  /** The Action's share of the story, and Situation + Task's, in percent. */
  minActionPercent: z.number().int().min(0).max(100),
  maxContextPercent: z.number().int().min(0).max(100),
  maxPrimaryPrinciples: z.number().int().min(1).max(16),
  /** A story older than this many years is flagged as dated. */
  maxStoryAgeYears: z.number().int().min(1).max(30),
  /** A principle is covered with this many examples, this many of them primary. */
  coverageTargetStories: z.number().int().min(1).max(10),
  coverageTargetPrimary: z.number().int().min(0).max(10),
  /** Only stories marked ready count toward coverage. */
  coverageReadyOnly: z.boolean(),
  /** Paper of the Word prep pack. */
  paperSize: z.enum(['a4', 'letter']),
  /** Client names, revenue figures… listed before an export, maskable as "[redacted]". */
  confidentialTerms: z.array(shortText(MAX_DETAIL_CHARS).min(1)).max(MAX_CONFIDENTIAL_TERMS),
});

export const DEFAULT_SETTINGS: z.infer<typeof SettingsValuesSchema> = {
  theme: 'system',
  candidateName: '',
  targetRole: '',
  targetCompany: '',
  speakingRateWpm: 140,
  minSpeakingSeconds: 90,
  maxSpeakingSeconds: 180,
  idealSpeakingSeconds: 120,
  minIPerWe: 2,
  minActionPercent: 40,
  maxContextPercent: 35,
  maxPrimaryPrinciples: 3,
  maxStoryAgeYears: 3,
  coverageTargetStories: 2,
  coverageTargetPrimary: 1,
  coverageReadyOnly: false,
  paperSize: 'a4',
  confidentialTerms: [],
};

/** Stored settings: a setting added later takes its default, so it needs no migration. */
export const SettingsSchema = z.preprocess(
  (value) => ({ ...DEFAULT_SETTINGS, ...(typeof value === 'object' && value ? value : {}) }),
  SettingsValuesSchema,
);

/**
 * The bank's shape. Rules across fields (unique ids, mappings that point somewhere) live in
 * rules.ts: a refinement here would cost zod its fast path and double the time to open a
 * large bank.
 */
export const BankSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  activeSetId: id,
  principleSets: z.array(PrincipleSetSchema).min(1).max(MAX_SETS),
  stories: z.array(StorySchema),
  settings: SettingsSchema,
  loops: LoopsSchema,
  practice: PracticeLogSchema,
});

export type Question = z.infer<typeof QuestionSchema>;
export type Principle = z.infer<typeof PrincipleSchema>;
export type PrincipleSet = z.infer<typeof PrincipleSetSchema>;
export type Strength = z.infer<typeof StrengthSchema>;
export type PrincipleMapping = z.infer<typeof PrincipleMappingSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type StoryStatus = z.infer<typeof StoryStatusSchema>;
export type StoryContent = z.infer<typeof StoryContentSchema>;
export type Story = z.infer<typeof StorySchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Settings = z.infer<typeof SettingsValuesSchema>;
export type Bank = z.infer<typeof BankSchema>;
