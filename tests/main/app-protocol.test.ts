import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  APP_SCHEME_PRIVILEGES,
  appRequestHandler,
  contentTypeFor,
  requestedPath,
  resolveAppFile,
  responseHeaders,
} from '../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

const ROOT = join('/opt', 'storybank', 'renderer');

describe('requestedPath', () => {
  it('maps the app URL to files under the renderer folder', () => {
    expect(requestedPath(APP_ENTRY, ROOT)).toBe(join(ROOT, 'index.html'));
    expect(requestedPath('storybank://app/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(requestedPath('storybank://app/assets/index-1a2b.js', ROOT)).toBe(
      join(ROOT, 'assets', 'index-1a2b.js'),
    );
    expect(requestedPath('storybank://app/assets/a%20b.css?v=1#x', ROOT)).toBe(
      join(ROOT, 'assets', 'a b.css'),
    );
  });

  it.each([
    'storybank://app/../../etc/passwd',
    'storybank://app/%2e%2e/%2e%2e/etc/passwd',
    'storybank://app/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'storybank://app/..%5c..%5cwindows%5cwin.ini',
    'storybank://app/assets%2f..%2f..%2fetc',
    'storybank://app/index.html%00.png',
    'storybank://app/C:%5cWindows',
    'storybank://app/%E0%A4%A',
  ])('refuses %s', (url) => {
    const path = requestedPath(url, ROOT);
    // The URL parser folds `..` and `%2e%2e` itself; what is left never climbs above the root.
    if (path !== null) expect(path.startsWith(`${ROOT}/`)).toBe(true);
  });

  it('refuses separators, NUL and bad escapes hidden in a segment', () => {
    for (const url of [
      'storybank://app/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'storybank://app/..%5c..%5cwindows%5cwin.ini',
      'storybank://app/assets%2f..%2f..%2fetc',
      'storybank://app/index.html%00.png',
      'storybank://app/C:%5cWindows',
      'storybank://app/%E0%A4%A',
    ]) {
      expect(requestedPath(url, ROOT)).toBeNull();
    }
  });

  it('refuses other schemes, hosts and URLs with credentials or ports', () => {
    for (const url of [
      'file:///opt/storybank/renderer/index.html',
      'storybank://evil/index.html',
      'storybank://user:pw@app/index.html',
      'storybank://app:8080/index.html',
      'https://app/index.html',
      'not a url',
    ]) {
      expect(requestedPath(url, ROOT)).toBeNull();
    }
  });
});

describe('contentTypeFor and responseHeaders', () => {
  it('names what the renderer build contains', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/favicon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });

  it('sends the CSP and nosniff with every file', () => {
    expect(responseHeaders('index.html')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('is a standard secure scheme with fetch, and nothing that weakens the page', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('resolveAppFile on a real disk', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'storybank-protocol-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Storybank</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.json'), '{"token":"x"}');
    symlinkSync(join(base, 'secret.json'), join(root, 'assets', 'escape.json'));
    symlinkSync(base, join(root, 'up'));
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'inside.js'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves files inside the root', async () => {
    expect(await resolveAppFile(APP_ENTRY, root)).toBe(join(root, 'index.html'));
    expect(await resolveAppFile('storybank://app/assets/app.js', root)).toBe(
      join(root, 'assets', 'app.js'),
    );
  });

  it('follows a link that stays inside the root', async () => {
    expect(await resolveAppFile('storybank://app/assets/inside.js', root)).toBe(
      join(root, 'assets', 'app.js'),
    );
  });

  it('refuses links that lead outside the root', async () => {
    expect(await resolveAppFile('storybank://app/assets/escape.json', root)).toBeNull();
    expect(await resolveAppFile('storybank://app/up/secret.json', root)).toBeNull();
  });

  it('never lists or serves a folder, and answers missing files with null', async () => {
    expect(await resolveAppFile('storybank://app/assets', root)).toBeNull();
    expect(await resolveAppFile('storybank://app/assets/', root)).toBeNull();
    expect(await resolveAppFile('storybank://app/nope.js', root)).toBeNull();
  });

  it('answers requests with the file and its headers, or 404 and 405', async () => {
    const handle = appRequestHandler(root);
    const ok = await handle({ url: APP_ENTRY, method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('<title>Storybank</title>');

    const escape = await handle({ url: 'storybank://app/assets/escape.json', method: 'GET' });
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('token');
    expect((await handle({ url: 'storybank://app/assets/', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: APP_ENTRY, method: 'POST' })).status).toBe(405);
    const head = await handle({ url: APP_ENTRY, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
