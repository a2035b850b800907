import { memo, type KeyboardEvent } from 'react';
import type { Principle, StoryStatus } from '../../../../core/model/schema';
import type { LibraryQuery, SortKey } from '../../lib/library-query';

interface FilterMenusProps extends Pick<
  LibraryQuery,
  'principleId' | 'status' | 'tag' | 'company' | 'practised'
> {
  open: boolean;
  onChange: (changes: Partial<LibraryQuery>) => void;
  /** The active set's principles, in the set's order. */
  principles: readonly Principle[];
  tags: readonly string[];
  companies: readonly string[];
  onEscape: () => void;
}

/**
 * The five filter menus behind the Filters button. Memoized on the filters alone, so a
 * search keystroke does not render them again.
 */
export const FilterMenus = memo(function FilterMenus(props: FilterMenusProps) {
  const { open, onChange, principles, tags, companies, onEscape } = props;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onEscape();
  }

  return (
    // Kept in the page while folded: the button's aria-controls must point at something.
    <div
      id="library-filter-menus"
      role="group"
      aria-label="Filters"
      className="library-filters__grid"
      hidden={!open}
      onKeyDown={onKeyDown}
    >
      <FilterSelect
        id="filter-principle"
        label="Principle"
        value={props.principleId}
        options={principles.map((principle) => ({ value: principle.id, label: principle.name }))}
        onChange={(principleId) => onChange({ principleId })}
      />
      <FilterSelect
        id="filter-status"
        label="Status"
        value={props.status}
        options={[
          { value: 'draft', label: 'Draft' },
          { value: 'ready', label: 'Ready' },
        ]}
        onChange={(status) => onChange({ status: status as StoryStatus | null })}
      />
      <FilterSelect
        id="filter-tag"
        label="Tag"
        value={props.tag}
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => onChange({ tag })}
      />
      <FilterSelect
        id="filter-company"
        label="Company"
        value={props.company}
        options={companies.map((company) => ({ value: company, label: company }))}
        onChange={(company) => onChange({ company })}
      />
      <FilterSelect
        id="filter-practised"
        label="Rehearsed"
        value={props.practised}
        options={[
          { value: 'yes', label: 'Rehearsed' },
          { value: 'no', label: 'Never rehearsed' },
        ]}
        onChange={(practised) => onChange({ practised: practised as 'yes' | 'no' | null })}
      />
    </div>
  );
});

const SORTS: { value: SortKey; label: string }[] = [
  { value: 'edited', label: 'Last edited' },
  { value: 'title', label: 'Title' },
  { value: 'when', label: 'When it happened' },
  { value: 'practised', label: 'Least rehearsed' },
];

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

export const SortSelect = memo(function SortSelect({
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
});
