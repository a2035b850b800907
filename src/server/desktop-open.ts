import { spawn } from 'node:child_process';

/**
 * Hands a URL or a folder to the desktop (default browser, file manager). Resolves once the
 * opener started; rejects when there is none, and the caller falls back to showing the text.
 */
export function openInDesktop(target: string, platform: NodeJS.Platform = process.platform) {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [target]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', target.replace(/&/g, '^&')]]
        : ['xdg-open', [target]];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
