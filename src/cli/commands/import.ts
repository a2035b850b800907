import { readFile } from 'node:fs/promises';
import { StorybankError } from '../../core/errors';
import { readBankFile } from '../../core/portability/bank-import';
import { applyMerge } from '../../core/portability/merge';
import { decodeBankBytes } from '../../core/portability/text-decoding';
import { BankStore } from '../../core/store/store';
import { UsageError } from '../args';
import { EXIT, type Command } from '../command';
import { formatOfName } from '../../core/portability/table-files';
import { importSheet } from './import-sheet';

type ImportSummary =
  | { mode: 'replace'; stories: number }
  | { mode: 'merge'; added: number; changed: number; kept: number; addedSets: number };

export const importCommand: Command = {
  name: 'import',
  summary:
    'replace the bank with a backup or exported file, or merge it in; or add stories from ' +
    'a spreadsheet (.csv, .tsv, .xlsx) or Markdown (.md)',
  usage:
    'storybank import FILE.json [--merge] [--json] [--data DIR]\n' +
    '       storybank import FILE.csv|.tsv|.xlsx|.md [--sheet NAME] [--map "Column=field" …] ' +
    '[--merge] [--dry-run] [--json] [--data DIR]',
  flags: { switches: ['--merge', '--dry-run'], values: ['--sheet'], lists: ['--map'] },
  async run(context) {
    const { dataDir, args, json, out } = context;
    const [file, extra] = args.positional;
    if (!file || extra) throw new UsageError('Name one file to import.');
    const format = formatOfName(file);
    if (format) return importSheet(file, format, context);
    if (args.switches.has('--dry-run') || args.values.has('--sheet') || args.lists.has('--map')) {
      throw new UsageError('--dry-run, --sheet and --map are for spreadsheet and Markdown files.');
    }
    let text: string;
    try {
      text = decodeBankBytes(await readFile(file));
    } catch {
      throw new StorybankError('not-found', `Storybank can't read ${file}.`);
    }
    const incoming = readBankFile(text); // refused in words before the bank is touched
    const merge = args.switches.has('--merge');
    const store = await BankStore.open({ dataDir }); // the lock: one writer at a time
    try {
      const summary: ImportSummary = merge
        ? await store.importWith((bank) => {
            const { added, changed, kept, addedSets } = applyMerge(bank, incoming);
            return {
              mode: 'merge',
              added: added.length,
              changed: changed.length,
              kept: kept.length,
              addedSets: addedSets.length,
            } as const;
          })
        : (await store.importWith(() => ({ replaceWith: incoming })),
          { mode: 'replace', stories: incoming.stories.length });
      const backup = (await store.listBackups()).find((b) => b.reason === 'pre-import');
      const result = { ...summary, backup: backup?.id ?? null };
      out(json ? JSON.stringify(result, null, 2) : importText(result));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

function importText(result: ImportSummary & { backup: string | null }): string {
  const kept = result.backup ? ` The bank as it was is in backups/${result.backup}.` : '';
  if (result.mode === 'replace')
    return `Imported ${result.stories} stories (replaced the bank).${kept}`;
  return (
    `Merged: ${result.added} added, ${result.changed} updated, ` +
    `${result.kept} kept as they were.${kept}`
  );
}
