import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
}

interface CoverageTabsProps<Id extends string> {
  tabs: readonly TabSpec<Id>[];
  current: Id;
  onSelect: (id: Id) => void;
  /** The panel of the current tab; only it is rendered. */
  children: ReactNode;
}

export const tabId = (id: string) => `coverage-tab-${id}`;
const panelId = (id: string) => `coverage-panel-${id}`;

/**
 * A tablist (ARIA tabs pattern, automatic activation): ←/→ and Home/End move and select,
 * and only the selected tab is in the Tab order.
 */
export function CoverageTabs<Id extends string>(props: CoverageTabsProps<Id>) {
  const { tabs, current, onSelect } = props;
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === current);
    const last = tabs.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab.id)}`)?.focus();
  }

  return (
    <>
      <div
        ref={list}
        role="tablist"
        aria-label="Coverage views"
        className="cov-tabs"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            aria-controls={tab.id === current ? panelId(tab.id) : undefined}
            tabIndex={tab.id === current ? 0 : -1}
            className="cov-tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        id={panelId(current)}
        role="tabpanel"
        aria-labelledby={tabId(current)}
        className="cov-tabpanel"
      >
        {props.children}
      </div>
    </>
  );
}
