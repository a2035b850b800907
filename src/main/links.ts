/**
 * Whether a link may leave the app for the person's browser: https only, with a host, and no
 * user:password part (which hides the real host: https://bank.example@evil.example/).
 * Returns the normalised URL to open, or null.
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/**
 * The one door to the person's browser. Everything else (http, file:, javascript:, custom
 * schemes that launch other programs, garbage) is refused. Never throws.
 */
export async function openExternalSafely(
  url: string,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe) return false;
  try {
    await open(safe);
    return true;
  } catch {
    return false;
  }
}
