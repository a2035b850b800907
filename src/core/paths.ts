/**
 * Where the bank lives, the one rule for the app, browser mode and the command line:
 * `--data DIR` beats STORYBANK_DATA_DIR beats the host's default (Electron's userData folder,
 * or the same folder computed for browser mode and the CLI).
 */
export function resolveDataDir(
  flag: string | undefined | null,
  env: Record<string, string | undefined>,
  fallback: string,
): string {
  return flag || env.STORYBANK_DATA_DIR || fallback;
}

/** Electron's userData folder for an app named "Storybank", computed without Electron. */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32') return `${env.APPDATA ?? `${home}\\AppData\\Roaming`}\\Storybank`;
  if (platform === 'darwin') return `${home}/Library/Application Support/Storybank`;
  return `${env.XDG_CONFIG_HOME || `${home}/.config`}/Storybank`;
}
