import { isLive } from '../../core/model/story-list';
import { CURRENT_SCHEMA_VERSION } from '../../core/model/schema';
import { listBackups } from '../../core/store/backups';
import { inspectLock } from '../../core/store/lock';
import { readSnapshot } from '../../core/store/snapshot';
import { BankStore } from '../../core/store/store';
import { EXIT, type Command, type CommandContext } from '../command';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the data file and list backups; --restore BACKUP restores one',
  usage: 'storybank doctor [--restore BACKUP] [--json] [--data DIR]',
  flags: { values: ['--restore'] },
  async run(context) {
    const restore = context.args.values.get('--restore');
    return restore ? restoreBackup(context, restore) : examine(context);
  },
};

async function examine({ dataDir, json, out }: CommandContext): Promise<number> {
  const snapshot = await readSnapshot(dataDir);
  const lock = await inspectLock(dataDir);
  const backups = await listBackups(dataDir);
  // The stable --json shape (documented in the README).
  const report = {
    dataDir,
    file: snapshot.ok
      ? {
          path: snapshot.path,
          ok: true,
          stories: snapshot.bank.stories.filter(isLive).length,
          inTrash: snapshot.bank.stories.filter((s) => !isLive(s)).length,
          formatOnDisk: snapshot.fromVersion,
          currentFormat: CURRENT_SCHEMA_VERSION,
        }
      : { path: snapshot.path, ok: false, missing: snapshot.missing, problem: snapshot.problem },
    lock: lock && { heldBy: lock.pid, host: lock.host, stale: lock.stale },
    backups,
  };
  if (json) out(JSON.stringify(report, null, 2));
  else {
    const file = report.file;
    out(
      [
        `Data folder: ${dataDir}`,
        'ok' in file && file.ok
          ? `Bank file: fine — ${file.stories} stories, ${file.inTrash} in Trash (${file.path})`
          : `Bank file: ${'problem' in file ? file.problem : ''} (${file.path})`,
        lock
          ? `Lock: ${lock.stale ? 'left by a process that is gone; the next Storybank takes it over' : `held by process ${lock.pid} on ${lock.host} — Storybank is open`}`
          : 'Lock: free',
        backups.length ? `Backups (newest first):` : 'Backups: none yet',
        ...backups.map((b) => `  ${b.id}  ${(b.bytes / 1024).toFixed(0)} KB`),
        ...(backups.length ? ['', 'Restore one with: storybank doctor --restore <name>'] : []),
      ].join('\n'),
    );
  }
  // A missing file is a fresh start, not a fault; a damaged one is.
  return snapshot.ok || snapshot.missing ? EXIT.ok : EXIT.findings;
}

async function restoreBackup({ dataDir, json, out }: CommandContext, id: string) {
  const store = await BankStore.open({ dataDir });
  try {
    const notice = await store.restoreBackup(id);
    const undo = notice.actions[0]?.kind === 'restore-backup' ? notice.actions[0].backupId : null;
    out(
      json
        ? JSON.stringify({ restored: id, undoBackup: undo }, null, 2)
        : `Restored ${id}.` + (undo ? ` To undo: storybank doctor --restore ${undo}` : ''),
    );
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
