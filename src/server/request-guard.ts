import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-storybank-token';

/** Names this server answers to; anything else in Host is a DNS-rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export type Verdict = { ok: true } | { ok: false; status: number; message: string };

const refuse = (status: number, message: string): Verdict => ({ ok: false, status, message });

/** Every request: only our own host names, never embedded by or sent from another site. */
export function checkHost(req: IncomingMessage, port: number): Verdict {
  const host = req.headers.host ?? '';
  if (!allowedHosts(port).includes(host)) {
    return refuse(421, 'This Storybank server only answers at its own address.');
  }
  return { ok: true };
}

/** API calls: same origin (when a browser says where it comes from) and the per-run token. */
export function checkApiCall(req: IncomingMessage, port: number, token: string): Verdict {
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((host) => origin === `http://${host}`)) {
    return refuse(403, 'Requests from other sites are refused.');
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refuse(403, 'Requests from other sites are refused.');
  }
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return refuse(
      401,
      'This request lacks the Storybank token. Open the address Storybank printed.',
    );
  }
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return refuse(415, 'Storybank takes JSON requests only.');
  }
  return { ok: true };
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
