import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES, MAX_REQUEST_DEPTH } from '../core/model/limits';
import { isChannel, type Envelope } from '../shared/channels';
import { contract } from '../shared/contract';
import type { Handlers } from '../shared/contract';
import { dispatch, tooDeep } from '../shared/dispatch';
import type { StorybankError } from '../core/errors';
import { checkApiCall, checkHost } from './request-guard';
import { readStatic } from './static-files';

export interface WebServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  token: string;
  port?: number;
  log?: (error: unknown) => void;
  /** The store's outside-change count, carried in every answer (see Envelope). */
  revision?: () => number;
}

export interface WebServer {
  port: number;
  /** The address to open: the token rides in the fragment, so it never reaches a log. */
  url: string;
  close(): Promise<void>;
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src blob:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
  "object-src 'none'; frame-ancestors 'none'";

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  // No other site may hold a window on us or load our files into its own pages.
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  // The microphone for rehearsal recordings, asked by this page only; nothing else at all.
  'permissions-policy':
    'microphone=(self), camera=(), geolocation=(), display-capture=(), usb=(), serial=(), hid=()',
};

/** Browser mode: the built renderer and the contract at POST /api/<channel>, on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = options.port ?? 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      (options.log ?? console.error)(error);
      if (!res.headersSent)
        sendJson(res, 500, fail('internal', 'Something went wrong in Storybank.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = checkHost(req, port);
    if (!host.ok) return sendJson(res, host.status, fail('forbidden', host.message));
    const path = new URL(req.url ?? '/', 'http://placeholder').pathname;
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, fail('forbidden', 'Only GET here.'));
    }
    const file = await readStatic(options.rendererDir, path);
    if (!file) return sendJson(res, 404, fail('not-found', 'Not found.'));
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': file.type,
      'content-security-policy': CSP,
      'x-frame-options': 'DENY',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, encoded: string) {
    if (req.method !== 'POST') return sendJson(res, 405, fail('forbidden', 'Use POST.'));
    const verdict = checkApiCall(req, port, options.token);
    if (!verdict.ok) return sendJson(res, verdict.status, fail('forbidden', verdict.message));
    const channel = decodePathPart(encoded);
    if (channel === null) {
      return sendJson(res, 400, fail('invalid-input', 'That request names no Storybank channel.'));
    }
    const body = await readBody(req, limitOf(channel));
    if (body === null) {
      return sendJson(res, 413, fail('too-large', 'That request is too large.'));
    }
    // Counted before parsing: JSON.parse and everything after it recurse, and a deep enough
    // request would exhaust the stack.
    if (jsonDepth(body) > MAX_REQUEST_DEPTH) return sendJson(res, 400, errorOf(tooDeep()));
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      return sendJson(res, 400, fail('invalid-input', 'That request is not valid JSON.'));
    }
    const envelope = await dispatch(
      options.handlers,
      channel,
      input,
      options.log,
      options.revision,
    );
    sendJson(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const fail = (code: string, message: string): Envelope => ({ ok: false, error: { code, message } });
const errorOf = (error: StorybankError) => fail(error.code, error.message);

function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null; // a malformed escape such as %E0%A4%A
  }
}

/** How deeply a JSON text nests, counted without parsing it (brackets inside strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

function statusOf(code: string): number {
  if (code === 'unknown-channel' || code === 'not-found') return 404;
  if (code === 'invalid-input') return 400;
  if (code === 'too-large') return 413;
  if (code === 'internal') return 500;
  return 409; // the request was fine; the bank's state refused it (locked, conflict…)
}

/** The channel's own request limit, with room for the JSON around the fields. */
function limitOf(channel: string): number {
  const own = isChannel(channel) ? contract[channel].limits.maxRequestBytes : undefined;
  return (own ?? MAX_REQUEST_BYTES) + 64 * 1024;
}

/**
 * The body as text, or null when it passes the request limit. Past the limit the rest is read
 * and dropped rather than cut off, so the client gets the 413 instead of a reset connection.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: Envelope): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
