import { useState } from 'react';
import { CoverageTabs, type TabSpec } from '../components/coverage/CoverageTabs';
import { MatrixPage } from '../components/coverage/MatrixPage';
import { PrincipleSetsPage } from '../components/coverage/PrincipleSetsPage';
import { QuestionBank } from '../components/coverage/QuestionBank';

type CoverageTab = 'matrix' | 'sets' | 'questions';

const TABS: readonly TabSpec<CoverageTab>[] = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'sets', label: 'Principle sets' },
  { id: 'questions', label: 'Questions' },
];

/**
 * "For every principle, do I have two good stories, and which would I tell?" The matrix
 * answers it and changes it; the sets and the question bank say what is being asked.
 */
export function CoverageView() {
  const [tab, setTab] = useState<CoverageTab>('matrix');
  return (
    <section className="coverage-view" aria-labelledby="coverage-heading">
      <h1 id="coverage-heading">Coverage</h1>
      <CoverageTabs tabs={TABS} current={tab} onSelect={setTab}>
        {tab === 'matrix' && <MatrixPage />}
        {tab === 'sets' && <PrincipleSetsPage />}
        {tab === 'questions' && <QuestionBank />}
      </CoverageTabs>
    </section>
  );
}
