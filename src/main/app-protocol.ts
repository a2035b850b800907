import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The app's own scheme. A privileged standard scheme gives the page a real origin
 * (storybank://app), so file:// needs no extra privileges (the fuse turns them off) and no
 * other file on the disk is reachable from the page.
 */
export const APP_SCHEME = 'storybank';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * What `protocol.registerSchemesAsPrivileged` gets, before the app is ready. `standard` gives
 * the origin and relative URLs, `secure` makes it a secure context (like https), `supportFetchAPI`
 * lets the page fetch its own assets. Nothing else: no CORS bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Every answer carries the CSP as a header too: a page that lost its meta tag stays locked. */
export function responseHeaders(path: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(path),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/**
 * The file inside `root` that a request asks for, by its URL alone (no disk access): null for
 * another scheme or host, for anything that climbs out of `root` (`..`, encoded `%2e%2e`,
 * backslashes, NUL, absolute paths) and for malformed escapes. `/` means index.html.
 */
export function requestedPath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.') continue;
    // The URL parser already folded plain `..`; an encoded one or a separator inside a segment
    // can only be an attempt to climb out.
    if (segment === '..' || /[\\/\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const path = join(root, ...segments);
  return isInside(path, root) ? path : null;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The parts of the file system `resolveAppFile` reads; tests give it a pretend disk. */
export interface FileSystemLike {
  realpath(path: string): Promise<string>;
  isFile(path: string): Promise<boolean>;
}

export const nodeFileSystem: FileSystemLike = {
  realpath: (path) => realpath(path),
  isFile: async (path) => (await stat(path)).isFile(),
};

/**
 * The real file to send for `url`, or null (answered 404). Besides `requestedPath`'s rules, a
 * symbolic link that leads outside `root` is refused, and a folder is never listed.
 */
export async function resolveAppFile(
  url: string,
  root: string,
  fs: FileSystemLike = nodeFileSystem,
): Promise<string | null> {
  const wanted = requestedPath(url, root);
  if (!wanted) return null;
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(wanted)]);
    if (!isInside(realFile, realRoot)) return null;
    return (await fs.isFile(realFile)) ? realFile : null;
  } catch {
    // Missing, unreadable or a broken link: all the same to the page.
    return null;
  }
}

/**
 * What `protocol.handle(APP_SCHEME, …)` runs: the file, with its headers, for a GET or HEAD;
 * 404 for anything refused or missing (the same answer, so a probe learns nothing), 405 for
 * other methods.
 */
export function appRequestHandler(
  root: string,
  fs: FileSystemLike & { readFile(path: string): Promise<Uint8Array> } = {
    ...nodeFileSystem,
    readFile: (path) => readFile(path),
  },
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const file = await resolveAppFile(request.url, root, fs);
    const body = file ? await fs.readFile(file).catch(() => null) : null;
    if (!file || !body) {
      return new Response('Not found', { status: 404, headers: responseHeaders('404.txt') });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: responseHeaders(file),
    });
  };
}
