import { createContext, useContext, type ReactNode } from 'react';
import type { ViewId } from './views';

/** Moving between views from inside one: "Draft a story for this" opens the new story. */
export interface Navigation {
  current: ViewId;
  go(view: ViewId): void;
  /** Switches to Stories with this story open in the editor, focus in it. */
  openStory(id: string): void;
  /** The story most recently asked for by openStory; `seq` changes on every request. */
  requested: { id: string; seq: number } | null;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({
  value,
  children,
}: {
  value: Navigation;
  children: ReactNode;
}) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation is used outside NavigationProvider.');
  return navigation;
}
