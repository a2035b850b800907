/** macOS names its shortcuts with Cmd; everywhere else they use Ctrl. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** For aria-keyshortcuts: "Control+F" or "Meta+F". */
export const shortcut = (key: string) => `${isMac ? 'Meta' : 'Control'}+${key}`;
