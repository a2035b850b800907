import { resolve } from 'node:path';
import { bankFileText } from '../../core/portability/bank-import';
import { bankMarkdown } from '../../core/portability/markdown';
import { findSet } from '../../core/principles/set-edits';
import { writeFileDurably } from '../../core/store/files';
import { requireBank } from '../../core/store/snapshot';
import { UsageError } from '../args';
import { EXIT, type Command } from '../command';
import { exportDocx } from './export-docx';

const FORMATS = ['docx', 'md', 'json'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the prep pack (docx), a Markdown file, or a JSON backup',
  usage: 'storybank export --format docx|md|json --out FILE [--ready-only] [--set ID] [--data DIR]',
  flags: { values: ['--format', '--out', '--set'], switches: ['--ready-only'] },
  async run({ dataDir, args, json, out, now }) {
    const format = args.values.get('--format');
    const file = args.values.get('--out');
    if (!format || !FORMATS.includes(format as (typeof FORMATS)[number])) {
      throw new UsageError('--format takes docx, md or json.');
    }
    if (!file) throw new UsageError('--out names the file to write.');
    const readyOnly = args.switches.has('--ready-only');
    if (format === 'json' && (readyOnly || args.values.has('--set'))) {
      throw new UsageError(
        'A JSON backup holds the whole bank: --ready-only and --set do not apply.',
      );
    }
    const bank = await requireBank(dataDir);
    const setId = findSet(bank, args.values.get('--set') ?? bank.activeSetId).id;
    const stories = bank.stories.filter(
      (story) => story.deletedAt === null && (!readyOnly || story.status === 'ready'),
    );
    const path = resolve(file);
    if (format === 'json') await writeFileDurably(path, bankFileText(bank));
    else if (format === 'md') {
      await writeFileDurably(path, bankMarkdown({ ...bank, activeSetId: setId }, stories, now()));
    } else await exportDocx(bank, { setId, readyOnly, path, today: now() });
    out(
      json
        ? JSON.stringify({
            format,
            path,
            stories: format === 'json' ? bank.stories.length : stories.length,
          })
        : `Wrote ${path}`,
    );
    return EXIT.ok;
  },
};
