import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/handlers';
import type { DocxDelivery, PrepPackSummary } from '../../src/shared/contract';
import { dispatch } from '../../src/shared/dispatch';
import { docxPart } from '../core/export/docx-tools';
import { openStore, tempDir, testStory } from '../helpers';

const options = {
  setId: 'amazon-lp',
  stories: 'all',
  sections: { cover: true, matrix: true, cheatSheet: true, storyCards: true, questionBank: true },
  redact: false,
};

async function setup(saveFile?: (name: string, bytes: Uint8Array) => Promise<string | null>) {
  const store = await openStore({ dataDir: await tempDir() });
  await store.update((bank) => {
    bank.settings.confidentialTerms = ['Acme'];
    bank.stories.push(
      testStory('Billing migration at Acme', {
        status: 'ready',
        situation: 'Acme billing failed weekly.',
        principles: [{ principleId: 'dive-deep', strength: 'primary' }],
      }),
    );
  });
  const handlers = createHandlers({ store, now: () => new Date(2026, 10, 27, 9), saveFile });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, input, () => undefined);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  return { call };
}

describe('exporting the prep pack', () => {
  it('summarises what the pack will hold, confidential terms included', async () => {
    const { call } = await setup();
    const summary = await call<PrepPackSummary>('export:summary', options);
    expect(summary).toMatchObject({
      storyCount: 1,
      principleCount: 16,
      fileName: 'Storybank prep pack 2026-11-27.docx',
    });
    expect(summary.confidentialMatches.map((m) => m.term)).toContain('Acme');
  });

  it('hands browser mode the bytes to download, masked on request', async () => {
    const { call } = await setup();
    const pack = await call<DocxDelivery>('export:docx', {
      ...options,
      redact: true,
      deliver: 'download',
    });
    if (!('base64' in pack)) throw new Error('expected bytes');
    const xml = docxPart(new Uint8Array(Buffer.from(pack.base64, 'base64')));
    expect(xml).toContain('Billing migration at [redacted]');
    expect(xml).not.toContain('Acme');
  });

  it('hands the desktop app the save dialog, and says where the file went', async () => {
    const saveFile = vi.fn(async (_name: string, _bytes: Uint8Array) => '/home/me/pack.docx');
    const { call } = await setup(saveFile);
    const saved = await call<DocxDelivery>('export:docx', { ...options, deliver: 'save-dialog' });
    expect(saved).toEqual({
      fileName: 'Storybank prep pack 2026-11-27.docx',
      savedTo: '/home/me/pack.docx',
    });
    expect(saveFile.mock.calls[0]?.[0]).toBe('Storybank prep pack 2026-11-27.docx');
    expect(docxPart(saveFile.mock.calls[0]![1])).toContain('Billing migration at Acme');
  });

  it('refuses an unknown section or delivery', async () => {
    const { call } = await setup();
    await expect(
      call('export:docx', {
        ...options,
        sections: { ...options.sections, extras: true },
        deliver: 'download',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(call('export:docx', { ...options, deliver: 'email' })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
