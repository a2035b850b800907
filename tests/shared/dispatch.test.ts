import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/model/schema';
import { CHANNELS } from '../../src/shared/channels';
import { contract } from '../../src/shared/contract';
import { dispatch } from '../../src/shared/dispatch';
import { testClient } from '../dispatch-client';

async function setup() {
  const { store, handlers, raw: call } = await testClient();
  return { store, handlers, call };
}

describe('the contract', () => {
  it('has an input schema and a handler for every channel, and nothing more', async () => {
    const { handlers } = await setup();
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('dispatch', () => {
  it('refuses an unknown channel', async () => {
    const { call } = await setup();
    expect(await call('stories:drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Storybank has no "stories:drop" request.' },
    });
  });

  it('refuses invalid input in words, naming the field', async () => {
    const { call } = await setup();
    const result = await call('stories:create', { title: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toContain('title: A story needs a title.');
    expect(await call('stories:create', { title: 'x', sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('stories:get', 'not an object')).toMatchObject({ ok: false });
  });

  it('refuses a field over 20,000 characters, saying which', async () => {
    const { call, store } = await setup();
    const result = await call('stories:create', { title: 'Long', action: 'a'.repeat(20_001) });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!result.ok && result.error.message).toContain('"action" is over 20,000 characters');
    expect(store.bank.stories).toEqual([]);
  });

  it('refuses a request over 1 MB even when each field is short', async () => {
    const { call } = await setup();
    const tags = Array.from({ length: 60_000 }, (_, i) => `tag-${i}-padding`);
    const result = await call('stories:create', { title: 'Many tags', tags });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!result.ok && result.error.message).toContain('over 1 MB');
  });

  it('turns an unexpected failure into a plain message and logs the detail', async () => {
    const { handlers } = await setup();
    const log = vi.fn();
    const broken = {
      ...handlers,
      'stories:list': async () => Promise.reject(new Error('disk on fire')),
    };
    expect(await dispatch(broken, 'stories:list', {}, log)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in Storybank: disk on fire' },
    });
    expect(log).toHaveBeenCalledOnce();
  });

  it('treats a field sent as undefined (IPC can carry it, JSON cannot) as not sent', async () => {
    const { call, store } = await setup();
    const created = await call('stories:create', { title: 'Kept', headline: undefined });
    expect(created).toMatchObject({ ok: true, value: { headline: '' } });
    const id = store.bank.stories[0]!.id;
    const updated = await call('stories:update', {
      id,
      changes: { title: undefined, situation: 'New', tags: undefined },
    });
    expect(updated).toMatchObject({ ok: true, value: { title: 'Kept', situation: 'New' } });
    expect(store.bank.stories[0]).toMatchObject({ title: 'Kept', situation: 'New', tags: [] });
    expect(
      await call('settings:update', { changes: { candidateName: undefined, theme: 'dark' } }),
    ).toMatchObject({ ok: true, value: { candidateName: '', theme: 'dark' } });
  });

  it('refuses input nested past any real request, without running out of stack', async () => {
    const { call, store } = await setup();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 6_000; i++) deep = i % 2 ? [deep] : { deep };
    const result = await call('stories:create', { title: 'Deep', tags: deep });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'That request is nested too deeply (over 64 levels). Nothing was changed.',
      },
    });
    // A cycle, which structured clone (IPC) can carry, is refused the same way.
    const cycle: Record<string, unknown> = { title: 'Loop' };
    cycle.self = cycle;
    expect(await call('stories:create', cycle)).toMatchObject({ ok: false });
    expect(store.bank.stories).toEqual([]);
  });

  it('carries the count of changes taken in from other programs, when the host gives it', async () => {
    const { handlers } = await setup();
    expect(
      await dispatch(
        handlers,
        'stories:list',
        {},
        () => undefined,
        () => 3,
      ),
    ).toEqual({
      ok: true,
      value: [],
      revision: 3,
    });
  });
});

describe('the story handlers', () => {
  it('create, list, get, update and delete through dispatch, saved in the store', async () => {
    const { call, store } = await setup();
    const created = await call('stories:create', {
      title: '  Billing migration  ',
      company: 'Acme',
    });
    expect(created).toMatchObject({
      ok: true,
      value: { title: 'Billing migration', company: 'Acme' },
    });
    const id = created.ok ? (created.value as { id: string }).id : '';

    const updated = await call('stories:update', { id, changes: { result: 'Churn fell 12%.' } });
    // An update of one field leaves the others as they were.
    expect(updated).toMatchObject({
      ok: true,
      value: { company: 'Acme', result: 'Churn fell 12%.' },
    });
    expect(await call('stories:get', { id })).toMatchObject({
      ok: true,
      value: { result: 'Churn fell 12%.' },
    });

    expect(await call('stories:delete', { id })).toMatchObject({ ok: true });
    expect(await call('stories:list')).toEqual({ ok: true, value: [] });
    const all = await call('stories:list', { includeDeleted: true });
    expect(all.ok && (all.value as { deletedAt: string | null }[])[0]?.deletedAt).toBeTruthy();
    expect(store.bank.stories).toHaveLength(1);
  });

  it('answer "not found" for a story that is not there', async () => {
    const { call } = await setup();
    expect(await call('stories:update', { id: 'nope', changes: { title: 'x' } })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That story is no longer in the bank.' },
    });
  });

  it('load the bank with its notices and list the principle sets', async () => {
    const { call } = await setup();
    const loaded = await call('bank:load');
    expect(loaded).toMatchObject({
      ok: true,
      value: { notices: [], bank: { schemaVersion: CURRENT_SCHEMA_VERSION } },
    });
    const sets = await call('principleSets:list', {});
    expect(sets).toMatchObject({ ok: true, value: { activeSetId: 'amazon-lp' } });
  });
});
