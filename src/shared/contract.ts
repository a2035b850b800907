import { z } from 'zod';
import type { Bank, PrincipleSet, Settings, Story } from '../core/model/schema';
import {
  PrincipleSchema,
  PrincipleSetSchema,
  QuestionSchema,
  SettingsValuesSchema,
  StoryContentSchema,
  StrengthSchema,
} from '../core/model/schema';
import type { BackupInfo, Notice } from '../core/model/notice';
import type { PrepPackSummary } from '../core/export/summary';
import type { LoopPlan } from '../core/loops/planner';
import { DebriefSchema, LoopSchema, PlanPinSchema, type Loop } from '../core/model/loop-schema';
import { SECTION_KEYS, type SectionKey } from '../core/export/sections';
import {
  CardKindSchema,
  PracticeEntrySchema,
  type PracticeEntry,
} from '../core/model/practice-schema';
import { AUDIO_CHUNK_CHARS, AUDIO_TYPES, type AudioType } from '../core/rehearsal/audio';
import { MAX_RECORDING_BYTES } from '../core/model/limits';
import type { SheetImportOutcome, SheetPreview } from '../core/portability/sheet-import';
import type { Channel } from './channels';
import { SHEET_LIMITS, sheetRequest } from './sheet-request';

/** A channel's input schema, with its output type carried along for the compiler only. */
const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input, limits: ChannelLimits = {}) => ({
    input,
    output: undefined as unknown as Output,
    limits,
  });

/** Most requests are small; a whole-bank import is the one that may be large. */
export interface ChannelLimits {
  maxRequestBytes?: number;
}

/** A bank of 1,000 stories is about 3 MB; leave room for far more. */
const BANK_FILE_LIMITS: ChannelLimits = { maxRequestBytes: 64_000_000 };
const bankFile = z.object({}).passthrough();

export type SheetImportDone = SheetImportOutcome & { view: BankView };
export type { SheetPreview };

export interface ImportPreview {
  added: string[];
  changed: string[];
  kept: number;
  addedSets: string[];
  totalInFile: number;
}

const none = z.object({}).strict().optional();
const storyId = z.object({ id: z.string().min(1).max(100) }).strict();

export interface SetsView {
  activeSetId: string;
  sets: PrincipleSet[];
}

/** What a principle-set edit answers: the sets, and any stories it changed on the way. */
export interface SetsChange extends SetsView {
  createdId?: string;
  storiesChanged: Story[];
}

const setId = z.string().min(1).max(100);
const setName = PrincipleSetSchema.shape.name;

const packOptions = z
  .object({
    setId,
    stories: z.union([z.enum(['ready', 'all']), z.array(z.string().min(1).max(100)).max(5_000)]),
    sections: z
      .object(
        Object.fromEntries(SECTION_KEYS.map((key) => [key, z.boolean()])) as Record<
          SectionKey,
          z.ZodBoolean
        >,
      )
      .partial()
      .strict(),
    redact: z.boolean(),
    // The loop whose plan the "Loop plan" section prints; left out, the section is too.
    loopId: setId.nullable().optional(),
    // "Still to fix" at the end of each story card; left out, it is on.
    stillToFix: z.boolean().optional(),
  })
  .strict();

/** The pack's bytes for a browser download, or where the desktop's save dialog put it. */
export type { PrepPackSummary };

export type DocxDelivery =
  { fileName: string; base64: string } | { fileName: string; savedTo: string | null };

/** A recording in base64 pieces (see core/rehearsal/audio.ts). */
const audio = z
  .object({
    type: z.enum(AUDIO_TYPES),
    chunks: z
      .array(
        z
          .string()
          .max(AUDIO_CHUNK_CHARS)
          // Whole base64 quads, padded only at the end: what atob decodes, nothing it throws on.
          .regex(
            /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
            'Audio arrives as base64.',
          ),
      )
      .min(1)
      .max(Math.ceil(((MAX_RECORDING_BYTES / 3) * 4) / AUDIO_CHUNK_CHARS)),
  })
  .strict();
const RECORDING_LIMITS: ChannelLimits = { maxRequestBytes: 17_000_000 };
export type Audio = { type: AudioType; chunks: string[] };

export interface RecordingsInfo {
  count: number;
  bytes: number;
  /** Where they are, to say so in the UI. */
  folder: string;
}

export interface BankView {
  bank: Bank;
  notices: Notice[];
  dataDir: string;
  bankPath: string;
}

/**
 * Every call between the UI and the bank. Main (IPC), the browser-mode server (HTTP) and the
 * tests all answer these through `dispatch`, with the handlers built in src/handlers.
 */
export const contract = {
  'bank:load': channel<BankView>()(none),
  'bank:resolveConflict': channel<BankView>()(
    z.object({ choice: z.enum(['use-theirs', 'keep-mine']) }).strict(),
  ),
  'stories:list': channel<Story[]>()(
    z.object({ includeDeleted: z.boolean().optional() }).strict().optional(),
  ),
  'stories:get': channel<Story>()(storyId),
  'stories:create': channel<Story>()(
    StoryContentSchema.partial().required({ title: true }).strict(),
  ),
  'stories:update': channel<Story>()(
    storyId.extend({ changes: StoryContentSchema.partial().strict() }).strict(),
  ),
  'stories:delete': channel<Story>()(storyId),
  'stories:restore': channel<Story>()(storyId),
  'stories:duplicate': channel<Story>()(storyId),
  'trash:empty': channel<{ removed: number }>()(none),
  'settings:update': channel<Settings>()(
    z.object({ changes: SettingsValuesSchema.partial().strict() }).strict(),
  ),
  'app:openDataFolder': channel<{ opened: boolean }>()(none),
  'principleSets:list': channel<SetsView>()(none),
  'principleSets:setActive': channel<SetsChange>()(z.object({ setId }).strict()),
  'principleSets:create': channel<SetsChange>()(
    z.object({ name: setName, copyOf: setId.nullable() }).strict(),
  ),
  'principleSets:rename': channel<SetsChange>()(z.object({ setId, name: setName }).strict()),
  'principleSets:delete': channel<SetsChange>()(z.object({ setId }).strict()),
  'principleSets:restoreBuiltIn': channel<SetsChange>()(z.object({ setId }).strict()),
  // The file's parsed JSON, not its text: dispatch caps single strings at 20,000 characters.
  'principleSets:import': channel<SetsChange>()(z.object({ file: z.unknown() }).strict()),
  'principleSets:export': channel<{ fileName: string; text: string }>()(
    z.object({ setId }).strict(),
  ),
  'principles:add': channel<SetsChange>()(
    z
      .object({
        setId,
        name: PrincipleSchema.shape.name,
        description: z.string().trim().max(2_000).optional(),
      })
      .strict(),
  ),
  'principles:update': channel<SetsChange>()(
    z
      .object({
        setId,
        principleId: z.string().min(1).max(100),
        changes: z
          .object({
            name: PrincipleSchema.shape.name,
            description: z.string().trim().max(2_000),
            frequency: z.union([z.literal(1), z.literal(2), z.literal(3)]),
            questions: z.array(QuestionSchema).max(200),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'principles:remove': channel<SetsChange>()(
    z.object({ setId, principleId: z.string().min(1).max(100) }).strict(),
  ),
  'principles:reorder': channel<SetsChange>()(
    z.object({ setId, order: z.array(z.string().min(1).max(100)).max(100) }).strict(),
  ),
  'stories:setMapping': channel<Story>()(
    z
      .object({
        storyId: z.string().min(1).max(100),
        principleId: z.string().min(1).max(100),
        strength: StrengthSchema.nullable(),
      })
      .strict(),
  ),
  'loops:create': channel<Loop>()(
    z
      .object({
        name: LoopSchema.shape.name,
        company: LoopSchema.shape.company.optional(),
        role: LoopSchema.shape.role.optional(),
        at: LoopSchema.shape.at.optional(),
        setId: setId.optional(),
        template: z.enum(['amazon-pm', 'blank']),
      })
      .strict(),
  ),
  'loops:update': channel<Loop>()(
    z
      .object({
        id: setId,
        changes: LoopSchema.pick({ name: true, company: true, role: true, at: true, setId: true })
          .extend({ rounds: LoopSchema.shape.rounds })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'loops:delete': channel<{ removed: number }>()(z.object({ id: setId }).strict()),
  'loops:plan': channel<LoopPlan>()(z.object({ id: setId }).strict()),
  // storyId null takes the pin away, and the planner chooses again.
  'loops:pin': channel<Loop>()(
    PlanPinSchema.extend({ loopId: setId, storyId: setId.nullable() }).strict(),
  ),
  // After a round: what was asked, the story told, how it went. New questions join the set.
  'loops:debrief': channel<{ loop: Loop } & SetsView>()(
    z.object({ loopId: setId, roundId: setId, debrief: DebriefSchema }).strict(),
  ),
  // A rehearsal: the entry and, when recorded, its audio (kept in recordings/, not the bank).
  'practice:record': channel<PracticeEntry>()(
    PracticeEntrySchema.pick({
      storyId: true,
      question: true,
      seconds: true,
      parts: true,
      rating: true,
      note: true,
    })
      .extend({ card: CardKindSchema, audio: audio.optional() })
      .strict(),
    RECORDING_LIMITS,
  ),
  'practice:recording': channel<Audio>()(z.object({ entryId: setId }).strict()),
  'practice:deleteRecording': channel<PracticeEntry>()(z.object({ entryId: setId }).strict()),
  // Pressed Record: the desktop app lets our window ask for the microphone, once.
  'practice:allowMicrophone': channel<{ allowed: boolean }>()(none),
  'recordings:info': channel<RecordingsInfo>()(none),
  'recordings:deleteAll': channel<{ removed: number }>()(none),
  'backups:list': channel<BackupInfo[]>()(none),
  'backups:restore': channel<BankView>()(
    z.object({ backupId: z.string().min(1).max(200) }).strict(),
  ),
  'bank:exportJson': channel<{ fileName: string; text: string }>()(none),
  // Confidential terms are masked unless `redact: false`, as in every export.
  'bank:exportMarkdown': channel<{ fileName: string; text: string; masked: number }>()(
    z
      .object({ readyOnly: z.boolean().optional(), redact: z.boolean().optional() })
      .strict()
      .optional(),
  ),
  // The file's parsed JSON: strings inside stay under the usual limits, the whole may be large.
  'bank:importPreview': channel<ImportPreview>()(
    z.object({ file: bankFile }).strict(),
    BANK_FILE_LIMITS,
  ),
  'bank:import': channel<BankView>()(
    z.object({ file: bankFile, mode: z.enum(['replace', 'merge']) }).strict(),
    BANK_FILE_LIMITS,
  ),
  // A table of stories from outside (spreadsheet, Notion, Markdown, a pasted range).
  'sheet:preview': channel<SheetPreview>()(sheetRequest, SHEET_LIMITS),
  'sheet:import': channel<SheetImportDone>()(
    sheetRequest.extend({ mode: z.enum(['add', 'merge']) }).strict(),
    SHEET_LIMITS,
  ),
  'export:summary': channel<PrepPackSummary>()(packOptions),
  // 'save-dialog' in the desktop app (main writes the file); 'download' in browser mode.
  'export:docx': channel<DocxDelivery>()(
    packOptions.extend({ deliver: z.enum(['download', 'save-dialog']) }).strict(),
  ),
} satisfies Record<Channel, { input: z.ZodType; output: unknown; limits: ChannelLimits }>;

// Fails to compile when channels.ts names a channel the table lacks, or the other way round.
type Missing = Exclude<Channel, keyof typeof contract>;
type Extra = Exclude<keyof typeof contract, Channel>;
const exhaustive: [Missing, Extra] extends [never, never] ? true : false = true;
void exhaustive;

export type Contract = typeof contract;
/** What a caller sends (defaults not yet applied). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};
