import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/handlers';
import { startWebServer, type WebServer } from '../../src/server/http-server';
import { openStore, tempDir } from '../helpers';

const TOKEN = 'test-token-0123456789';

async function setup() {
  const dir = await tempDir();
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Storybank</title>');
  await writeFile(join(rendererDir, 'assets/app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'private');
  const store = await openStore({ dataDir: join(dir, 'data') });
  const ctx = {
    dir,
    store,
    /** What the server logged (internal errors only). */
    logs: [] as unknown[],
    server: null as unknown as WebServer,
    [Symbol.asyncDispose]: () => ctx.server.close(),
  };
  ctx.server = await startWebServer({
    handlers: createHandlers({ store }),
    rendererDir,
    token: TOKEN,
    log: (error) => ctx.logs.push(error),
  });
  return ctx;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  server: WebServer,
  {
    method = 'POST',
    path = '/api/stories:list',
    headers = {},
    body = '{}',
  }: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  },
): Promise<Reply> {
  const base =
    method === 'POST' ? { 'content-type': 'application/json', 'x-storybank-token': TOKEN } : {};
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: { ...base, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

describe('browser mode server', () => {
  it('answers the contract with the token, on 127.0.0.1 only', async () => {
    await using ctx = await setup();
    expect(ctx.server.url).toBe(`http://127.0.0.1:${ctx.server.port}/#token=${TOKEN}`);
    const created = await send(ctx.server, {
      path: '/api/stories:create',
      body: JSON.stringify({ title: 'Billing migration' }),
      headers: { origin: `http://127.0.0.1:${ctx.server.port}` },
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { title: 'Billing migration' },
    });
    expect(ctx.store.bank.stories).toHaveLength(1);
  });

  it.each([
    ['without the token', { 'x-storybank-token': '' }, 401],
    ['with a wrong token', { 'x-storybank-token': 'guess' }, 401],
    ['from a foreign origin', { origin: 'https://evil.example' }, 403],
    ['from another site per the browser', { 'sec-fetch-site': 'cross-site' }, 403],
    ['through a rebound host name', { host: 'evil.example' }, 421],
    ['as a form post', { 'content-type': 'text/plain' }, 415],
  ])('refuses a call %s', async (_name, headers, status) => {
    await using ctx = await setup();
    const reply = await send(ctx.server, {
      path: '/api/stories:create',
      body: JSON.stringify({ title: 'Sneaky' }),
      headers: headers as Record<string, string>,
    });
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ctx.store.bank.stories).toEqual([]);
  });

  it('answers bad requests with an envelope and a fitting status', async () => {
    await using ctx = await setup();
    const unknown = await send(ctx.server, { path: '/api/bank:wipe' });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-channel');
    const garbled = await send(ctx.server, { body: '{"title": ' });
    expect(garbled.status).toBe(400);
    const huge = await send(ctx.server, { body: JSON.stringify({ pad: 'x'.repeat(1_200_000) }) });
    expect(huge.status).toBe(413);
    expect((await send(ctx.server, { method: 'GET', path: '/api/stories:list' })).status).toBe(405);
  });

  it('serves the built renderer with a strict CSP, and nothing outside it', async () => {
    await using ctx = await setup();
    const index = await send(ctx.server, { method: 'GET', path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Storybank</title>');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe');
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect((await send(ctx.server, { method: 'GET', path: '/assets/app.js' })).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await send(ctx.server, { method: 'GET', path });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('private');
    }
    const wrongHost = await send(ctx.server, {
      method: 'GET',
      path: '/',
      headers: { host: 'evil.example' },
    });
    expect(wrongHost.status).toBe(421);
  });

  it('follows no symlink out of the renderer folder, lists no folder, and isolates its pages', async () => {
    await using ctx = await setup();
    const rendererDir = join(ctx.dir, 'renderer');
    await symlink(join(ctx.dir, 'secret.txt'), join(rendererDir, 'assets/linked.txt'));
    await symlink(ctx.dir, join(rendererDir, 'up'));
    for (const path of ['/assets/linked.txt', '/up/secret.txt', '/assets', '/assets/']) {
      const reply = await send(ctx.server, { method: 'GET', path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('private');
    }
    const index = await send(ctx.server, { method: 'GET', path: '/' });
    expect(index.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(index.headers['cross-origin-resource-policy']).toBe('same-origin');
    const api = await send(ctx.server, {});
    expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers a malformed channel name and a deeply nested body with 400 in words', async () => {
    await using ctx = await setup();
    const logged: unknown[] = [];
    ctx.logs = logged;
    const escape = await send(ctx.server, { path: '/api/%E0%A4%A' });
    expect(escape.status).toBe(400);
    expect(JSON.parse(escape.body).error.message).toBe('That request names no Storybank channel.');

    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    for (const body of [deep, `{"title": "x", "tags": ${deep}}`]) {
      const reply = await send(ctx.server, { path: '/api/stories:create', body });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body).error.message).toContain('nested too deeply');
    }
    // Brackets inside strings are text, not nesting.
    const bracketed = await send(ctx.server, {
      path: '/api/stories:create',
      body: JSON.stringify({ title: '['.repeat(90) + '{'.repeat(90) }),
    });
    expect(bracketed.status).toBe(200);
    expect(logged).toEqual([]);
  });
});
