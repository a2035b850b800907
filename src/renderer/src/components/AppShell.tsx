import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Notice } from '../../../core/model/notice';
import type { BankView } from '../../../shared/contract';
import { BankProvider } from '../lib/bank-context';
import { NavigationProvider, type Navigation } from '../lib/navigation';
import { useViewShortcuts } from '../lib/use-view-shortcuts';
import type { ViewId } from '../lib/views';
import { CoverageView } from '../views/CoverageView';
import { ExportView } from '../views/ExportView';
import { LoopsView } from '../views/LoopsView';
import { RehearseView } from '../views/RehearseView';
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
  const [requested, setRequested] = useState<Navigation['requested']>(null);
  // Leaving Stories forgets an open request, so coming back keeps the person's own choice.
  const go = useCallback((view: ViewId) => {
    setCurrent(view);
    if (view !== 'stories') setRequested(null);
  }, []);
  // A view chosen from the keyboard takes the focus with it: its heading, read out, with Tab
  // moving on inside the view (the cell or field that had focus is gone).
  const [headingFocus, setHeadingFocus] = useState(0);
  const goByKeyboard = useCallback(
    (view: ViewId) => {
      go(view);
      setHeadingFocus((count) => count + 1);
    },
    [go],
  );
  useViewShortcuts(goByKeyboard);
  useEffect(() => {
    if (headingFocus === 0) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [headingFocus]);
  const navigation = useMemo<Navigation>(
    () => ({
      current,
      go,
      openStory: (id) => {
        setRequested((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 }));
        setCurrent('stories');
      },
      requested,
    }),
    [current, requested, go],
  );

  // Dismissing hides the notice in this window only; the bank still knows it.
  const dismiss = (notice: Notice) =>
    updateView((view) => ({ ...view, notices: view.notices.filter((n) => n !== notice) }));

  return (
    <BankProvider view={view} replaceView={replaceView} updateView={updateView}>
      <NavigationProvider value={navigation}>
        <div className="shell">
          <Sidebar current={current} onSelect={go} />
          <main className="main">
            <NoticeList notices={view.notices} onView={replaceView} onDismiss={dismiss} />
            {current === 'stories' && <StoriesView />}
            {current === 'coverage' && <CoverageView />}
            {current === 'loops' && <LoopsView />}
            {current === 'rehearse' && <RehearseView />}
            {current === 'export' && <ExportView />}
            {current === 'settings' && <SettingsView view={view} onView={replaceView} />}
          </main>
        </div>
      </NavigationProvider>
    </BankProvider>
  );
}
