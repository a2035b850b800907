import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely, safeExternalUrl } from '../../src/main/links';

describe('openExternalSafely', () => {
  it('hands a well-formed https link to the browser', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    await expect(openExternalSafely('https://example.com/star?x=1#y', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/star?x=1#y');
  });

  it('hands on the normalised URL, not the raw text', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    await openExternalSafely('  HTTPS://Example.COM/a b', open);
    expect(open).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it.each([
    ['plain http', 'http://example.com/'],
    ['a file', 'file:///etc/passwd'],
    ['a Windows share', 'file://server/share/x.exe'],
    ['script', 'javascript:alert(1)'],
    ['mail', 'mailto:someone@example.com'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['a custom scheme with slashes', 'vscode://file/x'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['not a URL', 'not a url'],
    ['an empty string', ''],
    ['no host', 'https://'],
    ['a user name hiding the host', 'https://bank.example.com@evil.example/'],
    ['credentials', 'https://user:secret@example.com/'],
  ])('refuses %s', async (_name, url) => {
    const open = vi.fn(async (_url: string) => undefined);
    await expect(openExternalSafely(url, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses what is not a string at all', () => {
    for (const value of [undefined, null, 42, { href: 'https://example.com' }]) {
      expect(safeExternalUrl(value)).toBeNull();
    }
  });

  it('answers false instead of throwing when the browser cannot be opened', async () => {
    const open = vi.fn(async () => {
      throw new Error('no handler');
    });
    await expect(openExternalSafely('https://example.com', open)).resolves.toBe(false);
  });
});
