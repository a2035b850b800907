import type { KeyboardEvent, RefObject } from 'react';
import type { Principle, StoryStatus } from '../../../../core/model/schema';
import type { LibraryQuery, SortKey } from '../../lib/library-query';
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

const SORTS: { value: SortKey; label: string }[] = [
  { value: 'edited', label: 'Last edited' },
  { value: 'title', label: 'Title' },
  { value: 'when', label: 'When it happened' },
  { value: 'practised', label: 'Least rehearsed' },
];

/** The search field and the filter menus above the list; the sort sits with the count. */
export function LibraryFilters(props: LibraryFiltersProps) {
  const { query, onChange, principles, tags, companies, searchRef } = props;

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    // Escape empties the search; on an empty field it is left to whoever else listens.
    if (event.key === 'Escape' && query.search !== '') {
      event.preventDefault();
      onChange({ search: '' });
    }
  }

  return (
    <div className="library-filters">
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
      <div className="library-filters__grid">
        <FilterSelect
          id="filter-principle"
          label="Principle"
          value={query.principleId}
          options={principles.map((principle) => ({ value: principle.id, label: principle.name }))}
          onChange={(principleId) => onChange({ principleId })}
        />
        <FilterSelect
          id="filter-status"
          label="Status"
          value={query.status}
          options={[
            { value: 'draft', label: 'Draft' },
            { value: 'ready', label: 'Ready' },
          ]}
          onChange={(status) => onChange({ status: status as StoryStatus | null })}
        />
        <FilterSelect
          id="filter-tag"
          label="Tag"
          value={query.tag}
          options={tags.map((tag) => ({ value: tag, label: tag }))}
          onChange={(tag) => onChange({ tag })}
        />
        <FilterSelect
          id="filter-company"
          label="Company"
          value={query.company}
          options={companies.map((company) => ({ value: company, label: company }))}
          onChange={(company) => onChange({ company })}
        />
        <FilterSelect
          id="filter-practised"
          label="Rehearsed"
          value={query.practised}
          options={[
            { value: 'yes', label: 'Rehearsed' },
            { value: 'no', label: 'Never rehearsed' },
          ]}
          onChange={(practised) => onChange({ practised: practised as 'yes' | 'no' | null })}
        />
      </div>
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  /** null is "Any". */
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
}

function FilterSelect({ id, label, value, options, onChange }: FilterSelectProps) {
  // A chosen value no story carries any more (its last tag was removed) stays visible, so
  // the list is never narrowed by a filter the menu cannot show.
  const shown =
    value !== null && !options.some((option) => option.value === value)
      ? [...options, { value, label: value }]
      : options;
  return (
    <div className={`filter${value !== null ? ' filter--active' : ''}`}>
      <label htmlFor={id} className="filter__label">
        {label}
      </label>
      <select
        id={id}
        className="filter__select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">Any</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SortSelect({
  value,
  onChange,
}: {
  value: SortKey;
  onChange: (v: SortKey) => void;
}) {
  return (
    <div className="filter filter--sort">
      <label htmlFor="library-sort" className="filter__label">
        Sort by
      </label>
      <select
        id="library-sort"
        className="filter__select"
        value={value}
        onChange={(event) => onChange(event.target.value as SortKey)}
      >
        {SORTS.map((sort) => (
          <option key={sort.value} value={sort.value}>
            {sort.label}
          </option>
        ))}
      </select>
    </div>
  );
}
