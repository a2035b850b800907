/** The app's top-level views, in navigation order; Ctrl/Cmd+1..6 follow this order. */
export const VIEWS = [
  { id: 'stories', label: 'Stories' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'loops', label: 'Loops' },
  { id: 'rehearse', label: 'Rehearse' },
  { id: 'export', label: 'Export' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
