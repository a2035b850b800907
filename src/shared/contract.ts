import { z } from 'zod';
import type { Bank, PrincipleSet, Settings, Story } from '../core/model/schema';
import { SettingsValuesSchema, StoryContentSchema } from '../core/model/schema';
import type { BackupInfo, Notice } from '../core/model/notice';
import type { Channel } from './channels';

/** A channel's input schema, with its output type carried along for the compiler only. */
const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

const none = z.object({}).strict().optional();
const storyId = z.object({ id: z.string().min(1).max(100) }).strict();

export interface BankView {
  bank: Bank;
  notices: Notice[];
  dataDir: string;
  bankPath: string;
}

/**
 * Every call between the UI and the bank. Main (IPC), the browser-mode server (HTTP) and the
 * tests all answer these through `dispatch`, with the handlers built in src/core/handlers.
 */
export const contract = {
  'bank:load': channel<BankView>()(none),
  'bank:resolveConflict': channel<BankView>()(
    z.object({ choice: z.enum(['reload-from-disk', 'keep-mine']) }).strict(),
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
  'principleSets:list': channel<{ activeSetId: string; sets: PrincipleSet[] }>()(none),
  'backups:list': channel<BackupInfo[]>()(none),
  'backups:restore': channel<BankView>()(
    z.object({ backupId: z.string().min(1).max(200) }).strict(),
  ),
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

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
