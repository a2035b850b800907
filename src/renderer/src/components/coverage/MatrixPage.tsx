import { useCallback, useMemo, useState } from 'react';
import { writeNext } from '../../../../core/coverage/coverage';
import { recencyNote } from '../../../../core/coverage/presentation';
import type { Story, Strength } from '../../../../core/model/schema';
import { errorMessage } from '../../lib/api';
import { useCoverage, useKeptOrder, useSettingsSaver } from '../../lib/coverage-data';
import { useMappingSaver, type MappingFailure } from '../../lib/coverage-mapping';
import { filterChoices } from '../../../../core/model/story-filters';
import { isLive } from '../../../../core/model/story-list';
import { principleOrder, storyOrder } from '../../lib/coverage-order';
import { rehearsalCounts } from '../../../../core/rehearsal/practice-log';
import { useBankApi } from '../../lib/bank-context';
import { CoverageMatrix } from './CoverageMatrix';
import { CoverageSummary } from './CoverageSummary';
import { MatrixEmpty } from './MatrixEmpty';
import { MatrixToolbar, type MatrixOptions } from './MatrixToolbar';
import { TargetsControl } from './TargetsControl';
import { WriteNextPanel } from './WriteNextPanel';

type LocalOptions = Omit<MatrixOptions, 'readyOnly'>;

/** The matrix tab: where the bank stands, the grid to change it, and what to write next. */
export function MatrixPage() {
  const { view } = useBankApi();
  const [options, setOptions] = useState<LocalOptions>({
    tag: '',
    company: '',
    principleSort: 'gaps-first',
    storySort: 'most-principles',
    swapped: false,
  });
  const [failure, setFailure] = useState<string | null>(null);
  // "Ready stories only" is a setting; it shows (and counts) at once while the bank saves it.
  const [readyOnlySaving, setReadyOnlySaving] = useState<boolean | null>(null);
  const readyOnly = readyOnlySaving ?? view.bank.settings.coverageReadyOnly;
  const { set, settings, report, shown } = useCoverage({ ...options, readyOnly });
  const saveSettings = useSettingsSaver();
  const onFailure = useCallback(
    ({ about, message }: MappingFailure) =>
      setFailure(`${about} was not saved and shows what the bank holds. ${message}`),
    [],
  );
  const saveMapping = useMappingSaver(onFailure);

  const choices = useMemo(() => filterChoices(view.bank.stories), [view.bank.stories]);
  const principleIds = useMemo(() => new Set(set.principles.map((p) => p.id)), [set]);
  const principlesById = useMemo(() => new Map(set.principles.map((p) => [p.id, p])), [set]);
  const descriptions = useMemo(
    () => new Map(set.principles.map((p) => [p.id, p.description])),
    [set],
  );
  const stretched = useMemo(() => new Set(report.stretchedStoryIds), [report]);
  const rehearsed = useMemo(() => rehearsalCounts(view.bank.practice), [view.bank.practice]);
  const next = useMemo(() => writeNext(report), [report]);
  // What the bank lacks as a whole (a failure story, recent ones); with no story counted, the
  // empty matrix's guide says what to do instead.
  const notes = useMemo(
    () =>
      shown.length === 0
        ? []
        : [
            ...report.bankGaps.map((gap) => gap.message),
            recencyNote(report, settings.maxStoryAgeYears),
          ].filter((note): note is string => Boolean(note)),
    [report, shown.length, settings.maxStoryAgeYears],
  );
  const liveStories = useMemo(() => view.bank.stories.filter(isLive).length, [view.bank.stories]);

  // Orders hold while cells are toggled; a new sort, filter, set or target sorts again.
  const resetKey = [
    set.id,
    options.principleSort,
    options.storySort,
    options.tag,
    options.company,
    readyOnly,
    settings.coverageTargetStories,
    settings.coverageTargetPrimary,
  ].join('\u0000');
  const principleIdsInOrder = useKeptOrder(
    report.principles.map((p) => p.principleId),
    () => principleOrder(report, options.principleSort),
    resetKey,
  );
  const storyIdsInOrder = useKeptOrder(
    shown.map((story) => story.id),
    () => storyOrder(shown, principleIds, options.storySort, rehearsed),
    resetKey,
  );
  const rows = useMemo(() => {
    const byId = new Map(report.principles.map((p) => [p.principleId, p]));
    return principleIdsInOrder.map((id) => byId.get(id)!);
  }, [report, principleIdsInOrder]);
  const columns = useMemo(() => {
    const byId = new Map(shown.map((story) => [story.id, story]));
    return storyIdsInOrder.map((id) => byId.get(id)!);
  }, [shown, storyIdsInOrder]);

  const onSet = useCallback(
    (story: Story, principleId: string, strength: Strength | null) => {
      setFailure(null);
      const name = principlesById.get(principleId)?.name ?? 'This principle';
      saveMapping(story.id, principleId, strength, `${name} × ${story.title}`);
    },
    [principlesById, saveMapping],
  );

  function change(changes: Partial<MatrixOptions>) {
    const { readyOnly, ...local } = changes;
    setOptions((current) => ({ ...current, ...local }));
    if (readyOnly !== undefined) {
      setFailure(null);
      setReadyOnlySaving(readyOnly);
      saveSettings({ coverageReadyOnly: readyOnly })
        .catch((error: unknown) => setFailure(errorMessage(error)))
        .finally(() => setReadyOnlySaving(null));
    }
  }

  return (
    <div className="cov-matrix-page">
      <div className="cov-matrix-page__main">
        <CoverageSummary
          report={report}
          counted={columns.length}
          targets={<TargetsControl settings={settings} onError={setFailure} />}
        />
        {/* Filters mean nothing to a bank with no story yet. */}
        {liveStories > 0 && (
          <MatrixToolbar
            options={{ ...options, readyOnly }}
            tags={choices.tags}
            companies={choices.companies}
            onChange={change}
          />
        )}
        {rows.length === 0 ? (
          <p className="cov-empty">
            “{set.name}” has no principles yet. Add some under Principle sets.
          </p>
        ) : columns.length === 0 ? (
          <MatrixEmpty
            liveStories={liveStories}
            principleCount={rows.length}
            first={next[0]}
            principle={next[0] && principlesById.get(next[0].principleId)}
            options={{ ...options, readyOnly }}
            onChange={change}
          />
        ) : (
          <CoverageMatrix
            principles={rows}
            descriptions={descriptions}
            stories={columns}
            stretched={stretched}
            rehearsed={rehearsed}
            swapped={options.swapped}
            onSet={onSet}
          />
        )}
        {/* One line under the grid: why a save failed, else how to use the grid. */}
        <div className="cov-footer">
          <p role="alert" className="cov-failure">
            {failure}
          </p>
          <p
            id="coverage-grid-help"
            className="cov-help"
            hidden={failure !== null || columns.length === 0}
          >
            Click or Space cycles none → P primary → S secondary; P, S, Delete set it; arrows,
            Home/End, Page Up/Down move.
          </p>
        </div>
      </div>
      <WriteNextPanel items={next} notes={notes} principles={principlesById} settings={settings} />
    </div>
  );
}
