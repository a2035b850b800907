import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './web-app';

const bankStories = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, 'storybank.json'), 'utf8').catch(() => '{"stories":[]}'))
    .stories as { title: string }[];

test('an API call without the token is refused', async ({ app, request, dataDir }) => {
  const reply = await request.post(`${app.origin}/api/stories:create`, {
    data: { title: 'No token' },
  });
  expect(reply.status()).toBe(401);
  expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await bankStories(dataDir)).toEqual([]);
});

test('a page on another site cannot call the API, even holding the token', async ({
  app,
  page,
  dataDir,
}) => {
  // Another site in the same browser; it even knows the token, and still gets nowhere.
  const evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Other site</title>');
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const evilOrigin = `http://localhost:${(evil.address() as AddressInfo).port}`;
  try {
    await page.goto(evilOrigin);
    const outcome = await page.evaluate(
      async ({ origin, token }) => {
        try {
          const res = await fetch(`${origin}/api/stories:create`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-storybank-token': token },
            body: JSON.stringify({ title: 'From another site' }),
          });
          return `status ${res.status}`;
        } catch {
          return 'blocked';
        }
      },
      { origin: app.origin, token: app.token },
    );
    // The preflight gets no CORS allowance, so the browser blocks it; a simple request would
    // be refused by the Origin check (asserted directly below).
    expect(outcome).toBe('blocked');
    const direct = await page.request.post(`${app.origin}/api/stories:create`, {
      headers: { origin: evilOrigin, 'x-storybank-token': app.token },
      data: { title: 'Forged origin' },
    });
    expect(direct.status()).toBe(403);
    expect(await bankStories(dataDir)).toEqual([]);
  } finally {
    evil.close();
  }
});

test('the same call with the token from our own page works', async ({ app, request, dataDir }) => {
  const reply = await request.post(`${app.origin}/api/stories:create`, {
    headers: { origin: app.origin, 'x-storybank-token': app.token },
    data: { title: 'Allowed' },
  });
  expect(reply.status()).toBe(200);
  await app.stop();
  expect((await bankStories(dataDir)).map((story) => story.title)).toEqual(['Allowed']);
});
