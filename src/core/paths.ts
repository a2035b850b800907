/**
 * Where the bank lives: `--data DIR` beats STORYBANK_DATA_DIR beats the host's default
 * (Electron's userData folder, or the same folder computed for browser mode and the CLI).
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  fallback: string,
): string {
  const flag = argv.findIndex((arg) => arg === '--data' || arg.startsWith('--data='));
  if (flag >= 0) {
    const arg = argv[flag] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (value) return value;
  }
  return env.STORYBANK_DATA_DIR || fallback;
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
