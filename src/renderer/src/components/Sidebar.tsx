import { VIEWS, type ViewId } from '../lib/views';

interface SidebarProps {
  current: ViewId;
  onSelect: (view: ViewId) => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

export function Sidebar({ current, onSelect }: SidebarProps) {
  return (
    <aside className="sidebar">
      <p className="sidebar__brand">Storybank</p>
      <nav aria-label="Main">
        <ul className="sidebar__nav">
          {VIEWS.map((view, index) => (
            <li key={view.id}>
              <button
                type="button"
                className="sidebar__item"
                aria-current={view.id === current ? 'page' : undefined}
                aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${index + 1}`}
                onClick={() => onSelect(view.id)}
              >
                {view.label}
                {/* Hidden from the accessible name, which stays just the view's label. */}
                <span className="sidebar__shortcut" aria-hidden="true">
                  {isMac ? '⌘' : 'Ctrl+'}
                  {index + 1}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
