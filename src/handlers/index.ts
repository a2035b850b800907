import { randomUUID } from 'node:crypto';
import type { BankView, Handlers } from '../shared/contract';
import type { BankStore } from '../core/store/store';
import type { HandlerDeps } from './deps';
import { exportHandlers } from './export';
import { loopHandlers } from './loops';
import { portabilityHandlers } from './portability';
import { practiceHandlers } from './practice';
import { principleSetHandlers } from './principle-sets';
import { settingsHandlers } from './settings';
import { storyHandlers } from './stories';

const viewOf = (store: BankStore): BankView => ({
  bank: store.bank,
  notices: store.currentNotices(),
  dataDir: store.dataDir,
  bankPath: store.path,
});

/** The handlers for every channel; Electron main, browser mode and tests all use these. */
export function createHandlers(deps: Pick<HandlerDeps, 'store'> & Partial<HandlerDeps>): Handlers {
  const full: HandlerDeps = {
    now: () => new Date(),
    newId: () => randomUUID(),
    openPath: () => Promise.reject(new Error('No file manager here.')),
    ...deps,
  };
  const { store } = full;
  return {
    async 'bank:load'() {
      return viewOf(store);
    },
    async 'bank:resolveConflict'({ choice }) {
      await store.resolveConflict(choice);
      return viewOf(store);
    },
    ...storyHandlers(full),
    ...settingsHandlers(full),
    ...principleSetHandlers(full),
    ...portabilityHandlers(full, () => viewOf(store)),
    ...exportHandlers(full),
    ...loopHandlers(full),
    ...practiceHandlers(full),
    async 'backups:list'() {
      return store.listBackups();
    },
    async 'backups:restore'({ backupId }) {
      await store.restoreBackup(backupId);
      return viewOf(store);
    },
  };
}
