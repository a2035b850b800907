import { StorybankError } from '../core/errors';
import type { SheetTable } from '../core/portability/sheet-fields';
import { formatOfName, readPasted, readSheetFile } from '../core/portability/table-files';
import { fromChunks } from '../core/rehearsal/audio';
import type { ParsedInputOf } from '../shared/contract';

type SheetSource = ParsedInputOf<'sheet:preview'>['source'];

/** The table a request carries: a file by its name's extension, or a pasted range. */
export async function tableOfSource(source: SheetSource, sheet?: string): Promise<SheetTable> {
  if (source.kind === 'pasted') return readPasted(source.chunks.join(''));
  const format = formatOfName(source.name);
  if (!format) {
    throw new StorybankError(
      'invalid-input',
      `Storybank imports .csv, .tsv, .xlsx and .md files; “${source.name}” is none of these.`,
    );
  }
  return readSheetFile(fromChunks(source.chunks), format, sheet);
}
