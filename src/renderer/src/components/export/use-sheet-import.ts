import { useRef, useState } from 'react';
import { plural } from '../../../../core/quality/text';
import { toChunks } from '../../../../core/rehearsal/audio';
import { MAX_FIELD_CHARS } from '../../../../core/model/limits';
import type { SheetField } from '../../../../core/portability/sheet-fields';
import type { SheetImportMode } from '../../../../core/portability/sheet-merge';
import type { InputOf, SheetPreview } from '../../../../shared/contract';
import { call, errorMessage } from '../../lib/api';
import { useBankApi } from '../../lib/bank-context';

type SheetSource = InputOf<'sheet:preview'>['source'];

/** What the person chose so far; each change asks for a fresh preview. */
export interface SheetChoices {
  sheet?: string;
  mapping?: SheetField[];
  principles: Record<string, string>;
}

export interface PendingSheet {
  /** The file's name, or null for pasted cells. */
  fileName: string | null;
  source: SheetSource;
  choices: SheetChoices;
  preview: SheetPreview;
  /** Set while a new preview or the import runs. */
  busy: 'preview' | SheetImportMode | null;
  error: string | null;
}

export type SheetState =
  | { kind: 'idle' }
  | { kind: 'reading'; what: string }
  | ({ kind: 'preview' } & PendingSheet)
  | { kind: 'done'; message: string; skipped: { row: number; reason: string }[]; unit: string }
  | { kind: 'failed'; message: string };

/** Pasted text in pieces under the contract's limit for one string. */
function pastedSource(text: string): SheetSource {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += MAX_FIELD_CHARS) {
    chunks.push(text.slice(at, at + MAX_FIELD_CHARS));
  }
  return { kind: 'pasted', chunks: chunks.length ? chunks : [''] };
}

/**
 * Stories from a spreadsheet, Markdown or pasted cells: the file is read by the app (the
 * parsers run there, not in this page), previewed as it will import, remapped as the person
 * likes, then added or merged. Cancel, or any failure, leaves the bank as it was.
 */
export function useSheetImport() {
  const { replaceView } = useBankApi();
  const [state, setState] = useState<SheetState>({ kind: 'idle' });
  // Answers to earlier requests are dropped when a newer choice has been made since.
  const latest = useRef(0);

  async function open(source: SheetSource, fileName: string | null): Promise<boolean> {
    const ticket = ++latest.current;
    setState({ kind: 'reading', what: fileName ? `“${fileName}”` : 'the pasted cells' });
    try {
      const preview = await call('sheet:preview', { source });
      if (ticket !== latest.current) return false;
      const choices: SheetChoices = { principles: {} };
      setState({ kind: 'preview', fileName, source, choices, preview, busy: null, error: null });
      return true;
    } catch (error) {
      if (ticket === latest.current) setState({ kind: 'failed', message: errorMessage(error) });
      return false;
    }
  }

  const chooseFile = async (file: File) =>
    open(
      { kind: 'file', name: file.name, chunks: toChunks(new Uint8Array(await file.arrayBuffer())) },
      file.name,
    );

  const previewPasted = (text: string) => open(pastedSource(text), null);

  async function rechoose(change: Partial<SheetChoices>) {
    if (state.kind !== 'preview') return;
    const pending = state;
    const choices = { ...pending.choices, ...change };
    // A new sheet has its own columns: its mapping starts again from its headers.
    if (change.sheet !== undefined) delete choices.mapping;
    const ticket = ++latest.current;
    setState({ ...pending, choices, busy: 'preview', error: null });
    try {
      const preview = await call('sheet:preview', { source: pending.source, ...choices });
      if (ticket === latest.current)
        setState({ ...pending, choices, preview, busy: null, error: null });
    } catch (error) {
      if (ticket === latest.current) {
        setState({ ...pending, busy: null, error: errorMessage(error) });
      }
    }
  }

  const mapColumn = (index: number, field: SheetField) => {
    if (state.kind !== 'preview') return;
    const mapping = state.preview.columns.map((column) => column.field);
    mapping[index] = field;
    void rechoose({ mapping });
  };

  const choosePrinciple = (key: string, choice: string) => {
    if (state.kind !== 'preview') return;
    void rechoose({ principles: { ...state.choices.principles, [key]: choice } });
  };

  const chooseSheet = (sheet: string) => void rechoose({ sheet });

  async function importAs(mode: SheetImportMode) {
    if (state.kind !== 'preview' || state.busy) return;
    const pending = state;
    setState({ ...pending, busy: mode, error: null });
    try {
      const mapping = pending.preview.columns.map((column) => column.field);
      const done = await call('sheet:import', {
        source: pending.source,
        ...pending.choices,
        mapping,
        mode,
      });
      replaceView(done.view);
      const from = pending.fileName ? ` from “${pending.fileName}”` : '';
      const what =
        `Added ${plural(done.added, 'story', 'stories')}${from}` +
        (done.updated ? `, filled in ${plural(done.updated, 'story', 'stories')}` : '') +
        '. The bank as it was is kept in Settings → Backups.';
      setState({ kind: 'done', message: what, skipped: done.skipped, unit: unitWord(pending) });
    } catch (error) {
      setState({ ...pending, busy: null, error: errorMessage(error) });
    }
  }

  const cancel = () => {
    latest.current++;
    setState({ kind: 'idle' });
  };

  return {
    state,
    chooseFile,
    previewPasted,
    mapColumn,
    choosePrinciple,
    chooseSheet,
    importAs,
    cancel,
  };
}

export const unitWord = (pending: Pick<PendingSheet, 'preview'>) =>
  pending.preview.unit === 'line' ? 'Line' : 'Row';
