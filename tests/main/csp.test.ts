import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');

/** The page's Content-Security-Policy, as a map of directive → sources. */
function policy(): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) throw new Error('src/renderer/index.html has no CSP meta tag');
  return new Map(
    meta[1]
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('renderer Content-Security-Policy', () => {
  it('allows no eval and no inline code anywhere', () => {
    const text = [...policy().values()].flat();
    expect(text).not.toContain("'unsafe-eval'");
    expect(text).not.toContain("'unsafe-inline'");
    expect(text).not.toContain("'wasm-unsafe-eval'");
  });

  it('runs scripts from the app itself only', () => {
    expect(policy().get('script-src')).toEqual(["'self'"]);
  });

  it('denies by default, so anything not listed (frames, objects, remote hosts) is blocked', () => {
    expect(policy().get('default-src')).toEqual(["'none'"]);
    for (const sources of policy().values()) {
      expect(sources.filter((source) => /^(https?:|\*|data:.*script)/.test(source))).toEqual([]);
    }
  });
});

describe('recordings in the Content-Security-Policy', () => {
  it('plays audio only from blobs the page made itself, never from the network', () => {
    expect(policy().get('media-src')).toEqual(['blob:']);
  });
});

describe('the CSP header the app protocol sends', () => {
  it('is the meta tag, word for word', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(CONTENT_SECURITY_POLICY).toBe(meta?.[1]);
  });
});
