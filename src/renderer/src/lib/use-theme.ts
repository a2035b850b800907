import { useEffect } from 'react';
import type { Theme } from '../../../core/model/schema';

/** The bank's theme setting wins over the OS; 'system' leaves it to prefers-color-scheme. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
