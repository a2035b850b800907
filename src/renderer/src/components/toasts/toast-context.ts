import { createContext, useContext } from 'react';

export interface ToastAction {
  label: string;
  /** Runs the action; the toast closes once it settles. */
  run: () => void | Promise<void>;
}

export interface ToastInput {
  message: string;
  /** An error is announced at once (role="alert"); anything else politely. */
  tone?: 'info' | 'error';
  action?: ToastAction;
}

export interface Toast extends ToastInput {
  id: number;
}

export interface ToastApi {
  current: Toast | null;
  /** Shows a toast in place of the one on screen: one message at a time keeps the pane calm. */
  show: (toast: ToastInput) => void;
  /** Closes the toast with this id, if it is still the one on screen. */
  dismiss: (id: number) => void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts is used outside ToastProvider.');
  return api;
}
