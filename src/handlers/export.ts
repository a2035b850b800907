import type { Handlers } from '../shared/contract';
import { StorybankError } from '../core/errors';
import { buildPrepPack, prepPackFileName, prepPackSummary } from '../core/export';
import type { HandlerDeps } from './deps';

type ExportHandlers = Pick<Handlers, 'export:summary' | 'export:docx'>;

export function exportHandlers({ store, now, saveFile }: HandlerDeps): ExportHandlers {
  return {
    async 'export:summary'(options) {
      return prepPackSummary(store.bank, { ...options, today: now() });
    },
    async 'export:docx'({ deliver, ...options }) {
      const today = now();
      const fileName = prepPackFileName(today);
      const bytes = await buildPrepPack(store.bank, { ...options, today });
      if (deliver === 'download') {
        return { fileName, base64: Buffer.from(bytes).toString('base64') };
      }
      if (!saveFile) {
        throw new StorybankError(
          'internal',
          'There is no save dialog here; download the pack instead.',
        );
      }
      return { fileName, savedTo: await saveFile(fileName, bytes) };
    },
  };
}
