import { chosenStories } from '../../core/model/story-list';
import { resolve } from 'node:path';
import { storiesForExport } from '../../core/export/redaction';
import { bankFileText } from '../../core/portability/bank-import';
import { plural } from '../../core/quality/text';
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
  usage:
    'storybank export --format docx|md|json --out FILE [--ready-only] [--set ID] [--no-redact] ' +
    '[--no-still-to-fix] [--data DIR]\n\nConfidential terms (Settings) are masked as [redacted] ' +
    'in docx and md unless --no-redact is given; a JSON backup keeps the bank as it is. ' +
    'The docx story cards end with what each story still has to fix, unless --no-still-to-fix.',
  flags: {
    values: ['--format', '--out', '--set'],
    switches: ['--ready-only', '--no-redact', '--no-still-to-fix'],
  },
  async run({ dataDir, args, json, out, now }) {
    const format = args.values.get('--format');
    const file = args.values.get('--out');
    if (!format || !FORMATS.includes(format as (typeof FORMATS)[number])) {
      throw new UsageError('--format takes docx, md or json.');
    }
    if (!file) throw new UsageError('--out names the file to write.');
    const readyOnly = args.switches.has('--ready-only');
    const redact = !args.switches.has('--no-redact');
    if (format === 'json' && (readyOnly || args.values.has('--set') || !redact)) {
      throw new UsageError(
        'A JSON backup holds the whole bank as it is: --ready-only, --set and --no-redact do not apply.',
      );
    }
    const bank = await requireBank(dataDir);
    const setId = findSet(bank, args.values.get('--set') ?? bank.activeSetId).id;
    const chosen = chosenStories(bank.stories, readyOnly);
    const { stories, masked } = storiesForExport(
      chosen,
      bank.settings.confidentialTerms,
      redact && format !== 'json',
    );
    const path = resolve(file);
    if (format === 'json') await writeFileDurably(path, bankFileText(bank));
    else if (format === 'md') {
      await writeFileDurably(path, bankMarkdown({ ...bank, activeSetId: setId }, stories, now()));
    } else {
      const stillToFix = !args.switches.has('--no-still-to-fix');
      await exportDocx(bank, { setId, readyOnly, redact, stillToFix, path, today: now() });
    }
    const count = format === 'json' ? bank.stories.length : stories.length;
    out(
      json
        ? JSON.stringify({ format, path, stories: count, masked })
        : `Wrote ${path}` +
            (masked ? ` (confidential terms masked in ${plural(masked, 'place')})` : '') +
            '.',
    );
    return EXIT.ok;
  },
};
