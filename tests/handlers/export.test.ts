import { testClient } from '../dispatch-client';
import { describe, expect, it, vi } from 'vitest';
import { docxPart } from '../core/export/docx-tools';
import { testStory } from '../helpers';

const options = {
  setId: 'amazon-lp',
  stories: 'all' as const,
  sections: { cover: true, matrix: true, cheatSheet: true, storyCards: true, questionBank: true },
  redact: false,
};

async function setup(saveFile?: (name: string, bytes: Uint8Array) => Promise<string | null>) {
  const client = await testClient({ now: () => new Date(2026, 10, 27, 9), saveFile });
  await client.store.update((bank) => {
    bank.settings.confidentialTerms = ['Acme'];
    bank.stories.push(
      testStory('Billing migration at Acme', {
        status: 'ready',
        situation: 'Acme billing failed weekly.',
        principles: [{ principleId: 'dive-deep', strength: 'primary' }],
      }),
    );
  });
  return client;
}

describe('exporting the prep pack', () => {
  it('summarises what the pack will hold, confidential terms included', async () => {
    const { call } = await setup();
    const summary = await call('export:summary', options);
    expect(summary).toMatchObject({
      storyCount: 1,
      principleCount: 16,
      fileName: 'Storybank prep pack 2026-11-27.docx',
    });
    expect(summary.confidentialMatches.map((m) => m.term)).toContain('Acme');
  });

  it('hands browser mode the bytes to download, masked on request', async () => {
    const { call } = await setup();
    const pack = await call('export:docx', {
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
    const saved = await call('export:docx', { ...options, deliver: 'save-dialog' });
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
        sections: { ...options.sections, extras: true } as typeof options.sections,
        deliver: 'download',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      call('export:docx', { ...options, deliver: 'email' as 'download' }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
