import { plural } from '../../../../core/quality/text';
import { decodeBankBytes } from '../../../../core/portability/text-decoding';
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/contract';
import { call, errorMessage } from '../../lib/api';
import { useBankApi } from '../../lib/bank-context';

export type ImportMode = 'merge' | 'replace';

/** A file read and previewed, waiting for the person to choose how to import it. */
export interface PendingImport {
  fileName: string;
  file: Record<string, unknown>;
  preview: ImportPreview;
  importing: ImportMode | null;
  /** The last import attempt's failure; the bank is unchanged and the choice still open. */
  error: string | null;
}

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | ({ kind: 'preview' } & PendingImport)
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

const NOT_JSON = 'That file is not valid JSON, so nothing was imported.';
const NOT_A_BANK = 'That file is not a Storybank backup or export, so nothing was imported.';

/**
 * Import of a bank file: read and parse it here (the channel takes parsed JSON, since one
 * string may be at most 20,000 characters), preview the merge, then merge or replace.
 * Every failure is told in words and leaves the bank as it was.
 */
export function useBankImport() {
  const { replaceView } = useBankApi();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  /** Reads and previews a file; true when there is a preview to act on. */
  async function choose(picked: File): Promise<boolean> {
    const fileName = picked.name;
    setState({ kind: 'reading', fileName });
    let file: unknown;
    try {
      file = JSON.parse(decodeBankBytes(new Uint8Array(await picked.arrayBuffer())));
    } catch {
      setState({ kind: 'failed', message: NOT_JSON });
      return false;
    }
    if (typeof file !== 'object' || file === null || Array.isArray(file)) {
      setState({ kind: 'failed', message: NOT_A_BANK });
      return false;
    }
    const bankFile = file as Record<string, unknown>;
    try {
      const preview = await call('bank:importPreview', { file: bankFile });
      setState({
        kind: 'preview',
        fileName,
        file: bankFile,
        preview,
        importing: null,
        error: null,
      });
      return true;
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
      return false;
    }
  }

  async function importAs(mode: ImportMode) {
    if (state.kind !== 'preview' || state.importing) return;
    const pending = state;
    setState({ ...pending, importing: mode, error: null });
    try {
      const view = await call('bank:import', { file: pending.file, mode });
      replaceView(view);
      setState({ kind: 'done', message: doneMessage(pending, mode) });
    } catch (error) {
      setState({ ...pending, importing: null, error: errorMessage(error) });
    }
  }

  const cancel = () => setState({ kind: 'idle' });

  return { state, choose, importAs, cancel };
}

function doneMessage({ fileName, preview }: PendingImport, mode: ImportMode): string {
  if (mode === 'replace') {
    return (
      `Your bank is now “${fileName}” (${plural(preview.totalInFile, 'story', 'stories')}). ` +
      'The bank it replaced is kept in Settings → Backups.'
    );
  }
  return (
    `Merged “${fileName}”: ${plural(preview.added.length, 'story', 'stories')} added, ` +
    `${preview.changed.length} updated.`
  );
}

/** A set's name from the file itself (the preview names sets by id), else its id. */
export function setName(file: Record<string, unknown>, id: string): string {
  const sets = Array.isArray(file.principleSets) ? (file.principleSets as unknown[]) : [];
  for (const set of sets) {
    if (typeof set === 'object' && set !== null && 'id' in set && set.id === id) {
      if ('name' in set && typeof set.name === 'string') return set.name;
    }
  }
  return id;
}
