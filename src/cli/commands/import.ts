import { readFile } from 'node:fs/promises';
import { StorybankError } from '../../core/errors';
import { readBankFile } from '../../core/portability/bank-import';
import { applyMerge } from '../../core/portability/merge';
import { BankStore } from '../../core/store/store';
import { UsageError } from '../args';
import { EXIT, type Command } from '../command';

export const importCommand: Command = {
  name: 'import',
  summary: 'replace the bank with a backup or exported file, or merge it in',
  usage: 'storybank import FILE [--merge] [--json] [--data DIR]',
  flags: { switches: ['--merge'] },
  async run({ dataDir, args, json, out }) {
    const [file, extra] = args.positional;
    if (!file || extra) throw new UsageError('Name one file to import.');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new StorybankError('not-found', `Storybank can't read ${file}.`);
    }
    const incoming = readBankFile(text); // refused in words before the bank is touched
    const merge = args.switches.has('--merge');
    const store = await BankStore.open({ dataDir }); // the lock: one writer at a time
    try {
      const summary = await store.importWith((bank) => {
        if (!merge)
          return { bank: incoming, result: { mode: 'replace', stories: incoming.stories.length } };
        const preview = applyMerge(bank, incoming);
        return {
          bank,
          result: {
            mode: 'merge',
            added: preview.added.length,
            changed: preview.changed.length,
            kept: preview.kept.length,
            addedSets: preview.addedSets.length,
          },
        };
      });
      const backup = (await store.listBackups()).find((b) => b.reason === 'pre-import');
      const result = { ...summary, backup: backup?.id ?? null };
      out(json ? JSON.stringify(result, null, 2) : importText(result));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

function importText(result: Record<string, unknown>): string {
  const kept = result.backup ? ` The bank as it was is in backups/${String(result.backup)}.` : '';
  if (result.mode === 'replace')
    return `Imported ${String(result.stories)} stories (replaced the bank).${kept}`;
  return (
    `Merged: ${String(result.added)} added, ${String(result.changed)} updated, ` +
    `${String(result.kept)} kept as they were.${kept}`
  );
}
