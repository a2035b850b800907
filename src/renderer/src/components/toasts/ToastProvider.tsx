import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type Toast, type ToastApi, type ToastInput } from './toast-context';

/** Holds the toast on screen; `ToastViewport` shows it wherever the pane places it. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Toast | null>(null);
  const nextId = useRef(0);

  const show = useCallback((toast: ToastInput) => {
    nextId.current += 1;
    setCurrent({ ...toast, id: nextId.current });
  }, []);

  const dismiss = useCallback(
    (id: number) => setCurrent((toast) => (toast?.id === id ? null : toast)),
    [],
  );

  const api = useMemo<ToastApi>(() => ({ current, show, dismiss }), [current, show, dismiss]);
  return <ToastContext.Provider value={api}>{children}</ToastContext.Provider>;
}
