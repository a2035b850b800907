import { chosenStories } from '../core/model/story-list';
import type { BankView, Handlers } from '../shared/contract';
import { applyMerge, previewMerge } from '../core/portability/merge';
import { bankFileText, dated, readBankFile } from '../core/portability/bank-import';
import { storiesForExport } from '../core/export/redaction';
import { bankMarkdown } from '../core/portability/markdown';
import { importSheetInto, previewSheet } from '../core/portability/sheet-import';
import type { HandlerDeps } from './deps';
import { tableOfSource } from './sheet-source';

type PortabilityHandlers = Pick<
  Handlers,
  | 'bank:exportJson'
  | 'bank:exportMarkdown'
  | 'bank:importPreview'
  | 'bank:import'
  | 'sheet:preview'
  | 'sheet:import'
>;

export function portabilityHandlers(
  { store, now, newId }: HandlerDeps,
  viewOf: () => BankView,
): PortabilityHandlers {
  return {
    async 'bank:exportJson'() {
      return { fileName: dated('Storybank backup', now(), 'json'), text: bankFileText(store.bank) };
    },
    async 'bank:exportMarkdown'(input) {
      const bank = store.bank;
      const chosen = chosenStories(bank.stories, input?.readyOnly ?? false);
      const { stories, masked } = storiesForExport(
        chosen,
        bank.settings.confidentialTerms,
        input?.redact ?? true,
      );
      return {
        fileName: dated('Storybank stories', now(), 'md'),
        text: bankMarkdown(bank, stories, now()),
        masked,
      };
    },
    async 'bank:importPreview'({ file }) {
      const incoming = readBankFile(file);
      const preview = previewMerge(store.bank, incoming);
      return {
        added: preview.added.map((story) => story.title),
        changed: preview.changed.map((story) => story.title),
        kept: preview.kept.length,
        addedSets: preview.addedSets,
        totalInFile: incoming.stories.length,
      };
    },
    async 'bank:import'({ file, mode }) {
      // Checked in full before anything is touched: a bad file changes nothing.
      const incoming = readBankFile(file);
      await store.importWith((bank) =>
        mode === 'replace' ? { replaceWith: incoming } : applyMerge(bank, incoming),
      );
      return viewOf();
    },
    async 'sheet:preview'({ source, sheet, mapping, principles }) {
      const table = await tableOfSource(source, sheet);
      return previewSheet(store.bank, table, { mapping, principles });
    },
    async 'sheet:import'({ source, sheet, mapping, principles, mode }) {
      // Read in full before the bank is touched: a file that cannot be read changes nothing.
      const table = await tableOfSource(source, sheet);
      const outcome = await store.importWith((bank) =>
        importSheetInto(bank, table, { mapping, principles }, mode, now(), newId),
      );
      return { ...outcome, view: viewOf() };
    },
  };
}
