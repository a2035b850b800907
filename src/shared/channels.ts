/**
 * The channel names alone, free of zod, so the sandboxed preload can import them without
 * pulling a library it could not load. contract.ts checks it covers exactly these.
 */
export const CHANNELS = [
  'bank:load',
  'bank:resolveConflict',
  'stories:list',
  'stories:get',
  'stories:create',
  'stories:update',
  'stories:delete',
  'stories:restore',
  'stories:duplicate',
  'trash:empty',
  'settings:update',
  'app:openDataFolder',
  'principleSets:list',
  'principleSets:setActive',
  'principleSets:create',
  'principleSets:rename',
  'principleSets:delete',
  'principleSets:restoreBuiltIn',
  'principleSets:import',
  'principleSets:export',
  'principles:add',
  'principles:update',
  'principles:remove',
  'principles:reorder',
  'stories:setMapping',
  'bank:exportJson',
  'bank:exportMarkdown',
  'bank:importPreview',
  'bank:import',
  'sheet:preview',
  'sheet:import',
  'export:summary',
  'export:docx',
  'loops:create',
  'loops:update',
  'loops:delete',
  'loops:plan',
  'loops:pin',
  'loops:debrief',
  'practice:record',
  'practice:recording',
  'practice:deleteRecording',
  'practice:allowMicrophone',
  'recordings:info',
  'recordings:deleteAll',
  'backups:list',
  'backups:restore',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

/**
 * What every transport (IPC, HTTP) carries back: a value, or an error a person can read.
 * `revision` counts the times the bank took in changes another program wrote to its file
 * (a sync client merging in an edit from another computer): when it grows, the view reloads.
 */
export type Envelope<T = unknown> =
  | { ok: true; value: T; revision?: number }
  | { ok: false; error: { code: string; message: string } };
