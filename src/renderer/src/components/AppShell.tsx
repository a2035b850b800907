import { useState } from 'react';
import type { Notice } from '../../../core/model/notice';
import type { BankView } from '../../../shared/contract';
import { BankProvider } from '../lib/bank-context';
import { useViewShortcuts } from '../lib/use-view-shortcuts';
import type { ViewId } from '../lib/views';
import { CoverageView } from '../views/CoverageView';
import { ExportView } from '../views/ExportView';
import { SettingsView } from '../views/SettingsView';
import { StoriesView } from '../views/StoriesView';
import { NoticeList } from './NoticeList';
import { Sidebar } from './Sidebar';

interface AppShellProps {
  view: BankView;
  replaceView: (view: BankView) => void;
  updateView: (change: (view: BankView) => BankView) => void;
}

export function AppShell({ view, replaceView, updateView }: AppShellProps) {
  const [current, setCurrent] = useState<ViewId>('stories');
  useViewShortcuts(setCurrent);

  // Dismissing hides the notice in this window only; the bank still knows it.
  const dismiss = (notice: Notice) =>
    updateView((view) => ({ ...view, notices: view.notices.filter((n) => n !== notice) }));

  return (
    <BankProvider view={view} replaceView={replaceView} updateView={updateView}>
      <div className="shell">
        <Sidebar current={current} onSelect={setCurrent} />
        <main className="main">
          <NoticeList notices={view.notices} onView={replaceView} onDismiss={dismiss} />
          {current === 'stories' && <StoriesView />}
          {current === 'coverage' && <CoverageView />}
          {current === 'export' && <ExportView />}
          {current === 'settings' && <SettingsView view={view} onView={replaceView} />}
        </main>
      </div>
    </BankProvider>
  );
}
