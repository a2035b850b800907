import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Principle } from '../../../../core/model/schema';
import { activeFilterCount, type LibraryQuery } from '../../lib/library-query';
import { useRemembered } from '../../lib/use-remembered';
import { FilterMenus } from './FilterMenus';
import { shortcut } from './platform';

interface LibraryFiltersProps {
  query: LibraryQuery;
  onChange: (changes: Partial<LibraryQuery>) => void;
  /** The active set's principles, in the set's order. */
  principles: readonly Principle[];
  tags: readonly string[];
  companies: readonly string[];
  searchRef: RefObject<HTMLInputElement | null>;
}

/**
 * The search field, always shown, and the filter menus folded behind a "Filters" button that
 * says how many are set: the list starts high in the pane, and a set filter is never hidden.
 */
export function LibraryFilters(props: LibraryFiltersProps) {
  const { query, onChange, principles, tags, companies, searchRef } = props;
  const [open, setOpen] = useRemembered('library.filtersOpen', false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const active = activeFilterCount(query);

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    // Escape empties the search; on an empty field it is left to whoever else listens.
    if (event.key === 'Escape' && query.search !== '') {
      event.preventDefault();
      onChange({ search: '' });
    }
  }

  // Escape in the menus folds them and hands the keyboard back to the button that opened them.
  const onPanelEscape = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, [setOpen]);

  return (
    <div className="library-filters">
      <div className="library-filters__row">
        <label htmlFor="library-search" className="visually-hidden">
          Search stories
        </label>
        <input
          id="library-search"
          ref={searchRef}
          type="search"
          className="text-input library-filters__search"
          placeholder="Search stories"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts={shortcut('F')}
          value={query.search}
          onChange={(event) => onChange({ search: event.target.value })}
          onKeyDown={onSearchKey}
        />
        <button
          ref={toggleRef}
          type="button"
          className={`button filter-toggle${active > 0 ? ' filter-toggle--active' : ''}`}
          aria-expanded={open}
          aria-controls="library-filter-menus"
          onClick={() => setOpen(!open)}
        >
          Filters
          {active > 0 && (
            <span className="filter-toggle__count">
              {active}
              <span className="visually-hidden"> active</span>
            </span>
          )}
          <span className="filter-toggle__chevron" aria-hidden="true" />
        </button>
      </div>
      <FilterMenus
        open={open}
        principleId={query.principleId}
        status={query.status}
        tag={query.tag}
        company={query.company}
        practised={query.practised}
        onChange={onChange}
        principles={principles}
        tags={tags}
        companies={companies}
        onEscape={onPanelEscape}
      />
    </div>
  );
}
