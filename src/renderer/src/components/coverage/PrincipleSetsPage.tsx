import { useState } from 'react';
import { useBankApi } from '../../lib/bank-context';
import { PrincipleList } from './PrincipleList';
import { SetRenameForm } from './SetRenameForm';
import { SetsManager } from './SetsManager';

/**
 * The "Principle sets" tab: the sets in the bank, then the active set's principles. One
 * status line says what the last action did, one alert what went wrong.
 */
export function PrincipleSetsPage() {
  const { view } = useBankApi();
  const { principleSets, activeSetId } = view.bank;
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const active = principleSets.find((set) => set.id === activeSetId) ?? principleSets[0]!;
  const done = (message: string) => {
    setFailure('');
    setStatus(message);
  };
  const failed = (message: string) => {
    setStatus('');
    setFailure(message);
  };

  return (
    <div className="cov-page">
      {/* One line for both, kept when empty, so nothing below moves when a message comes. */}
      <div className="cov-messages">
        <p role="status" className="cov-status-line">
          {status}
        </p>
        <p role="alert" className="cov-failure">
          {failure}
        </p>
      </div>
      <SetsManager sets={principleSets} activeSetId={activeSetId} onDone={done} onError={failed} />
      <SetRenameForm
        key={`${active.id}:${active.name}`}
        set={active}
        onDone={done}
        onError={failed}
      />
      <PrincipleList key={active.id} set={active} bank={view.bank} onDone={done} onError={failed} />
    </div>
  );
}
