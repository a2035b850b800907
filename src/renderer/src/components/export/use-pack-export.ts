import { useState } from 'react';
import { call, errorMessage, isDesktop } from '../../lib/api';
import { DOCX_TYPE, downloadBase64 } from '../../lib/download';
import type { PackInput } from './pack-options';

export type ExportState =
  | { kind: 'idle' | 'exporting' }
  | { kind: 'saved'; path: string }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'failed'; message: string };

/**
 * Builds the pack. The desktop app shows its own save dialog and writes the file (a cancel
 * answers `savedTo: null` and says nothing); a browser gets the bytes and downloads them.
 * `beforeExport` lets settings being saved (paper size, terms) land first.
 */
export function usePackExport(beforeExport: () => Promise<void>) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function exportPack(input: PackInput) {
    setState({ kind: 'exporting' });
    try {
      await beforeExport();
      if (isDesktop()) {
        const result = await call('export:docx', { ...input, deliver: 'save-dialog' });
        const path = 'savedTo' in result ? result.savedTo : null;
        setState(path ? { kind: 'saved', path } : { kind: 'idle' });
      } else {
        const result = await call('export:docx', { ...input, deliver: 'download' });
        if (!('base64' in result)) throw new Error('the pack came back without its bytes');
        downloadBase64(result.fileName, result.base64, DOCX_TYPE);
        setState({ kind: 'downloaded', fileName: result.fileName });
      }
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  }

  return { state, exportPack };
}
