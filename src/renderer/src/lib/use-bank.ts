import { useCallback, useEffect, useState } from 'react';
import type { BankView } from '../../../shared/contract';
import { call, errorMessage, onOutsideChange } from './api';

export type BankState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; view: BankView };

/**
 * The bank as the renderer holds it. Every channel that answers a BankView (restore, resolve
 * conflict) goes through `replaceView`, so stories and notices never drift apart.
 */
export function useBank() {
  const [state, setState] = useState<BankState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call('bank:load').then(
      (view) => current && setState({ status: 'ready', view }),
      (error: unknown) => current && setState({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  // Another program's changes were merged into the bank: show the bank as it now is.
  useEffect(
    () =>
      onOutsideChange(() => {
        call('bank:load').then(
          (view) => setState({ status: 'ready', view }),
          () => undefined, // a failed reload leaves the view as it was
        );
      }),
    [],
  );

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const replaceView = useCallback((view: BankView) => setState({ status: 'ready', view }), []);

  const updateView = useCallback(
    (change: (view: BankView) => BankView) =>
      setState((state) =>
        state.status === 'ready' ? { ...state, view: change(state.view) } : state,
      ),
    [],
  );

  return { state, retry, replaceView, updateView };
}
