import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPrepPack } from '../../../src/core/export';
import { newBank } from '../../../src/core/model/bank';
import type { Bank } from '../../../src/core/model/schema';
import { docxPart, xmllint } from './docx-tools';
import { hostileString } from './hostile-strings';
import { packOptions, sampleBank } from './sample-bank';

/**
 * Fuzzed text through buildPrepPack end to end. Building costs ~25 ms and spawning xmllint as
 * much again, so each document carries many strings (every field of one story, three
 * follow-ups, the candidate's name), each run is screened in-process (so fast-check can
 * shrink a failure), and xmllint, the authority, reads all documents in one call at the end.
 */

const STRINGS = 17;
const texts = fc.array(hostileString(), { minLength: STRINGS, maxLength: STRINGS });

function bankWith(s: string[]): Bank {
  const bank = newBank();
  const base = sampleBank().stories[0]!;
  const at = (i: number) => s[i] ?? '';
  bank.settings.candidateName = at(0);
  bank.stories = [
    {
      ...base,
      ...{ title: at(1), headline: at(2), situation: at(3), task: at(4), action: at(5) },
      ...{ result: at(6), learnings: at(7), metrics: at(8), company: at(9), role: at(10) },
      followUps: [0, 1, 2].map((k) => ({
        id: `f${k}`,
        question: at(11 + k * 2),
        answer: at(12 + k * 2),
      })),
    },
  ];
  return bank;
}

/** Outside XML 1.0's Char production, or a noncharacter: what xmllint would reject. */
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\uFFFE\uFFFF]/u;

const batches: string[] = [];
afterAll(() => batches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * The documents of one test: each is screened in-process as it is kept (so fast-check can
 * shrink a failure), and xmllint reads the whole batch in one call at the end of the test.
 */
function xmlBatch() {
  const dir = mkdtempSync(join(tmpdir(), 'storybank-fuzz-'));
  batches.push(dir);
  let written = 0;
  return {
    keep(xml: string, strings: string[]): void {
      expect(BAD_CHAR.test(xml)).toBe(false);
      const n = written++;
      writeFileSync(join(dir, `${n}.xml`), xml);
      writeFileSync(join(dir, `${n}.json`), JSON.stringify(strings));
    },
    get written() {
      return written;
    },
    /** xmllint's complaints about any document of the batch; '' when all are well-formed. */
    lint(): string {
      const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
      const result = spawnSync('xmllint', ['--noout', ...files], { cwd: dir, encoding: 'utf8' });
      return result.status === 0 ? '' : `${result.stderr.slice(0, 3000)} (inputs: ${dir}/<n>.json)`;
    },
  };
}

const only = (key: 'storyCards') => ({
  cover: false,
  matrix: false,
  cheatSheet: false,
  questionBank: false,
  [key]: true,
});

describe('the built pack stays well-formed XML for any text', () => {
  it('xmllint rejects what xmlSafe removes (the check can fail)', () => {
    expect(xmllint('<r>a\uFFFEb</r>').ok).toBe(false);
    expect(xmllint('<r>a\u0001b</r>').ok).toBe(false);
  });

  it('story cards: 500 packs of 17 fuzzed strings each, all well-formed to xmllint', async () => {
    const batch = xmlBatch();
    await fc.assert(
      fc.asyncProperty(texts, async (strings) => {
        const bytes = await buildPrepPack(
          bankWith(strings),
          packOptions({ sections: only('storyCards') }),
        );
        batch.keep(docxPart(bytes), strings);
      }),
      { numRuns: 500 },
    );
    expect(batch.written).toBe(500);
    expect(batch.lint()).toBe('');
  }, 300_000);

  it('every section, with the contents and the footer: 8 packs, all well-formed', async () => {
    const batch = xmlBatch();
    await fc.assert(
      fc.asyncProperty(texts, async (strings) => {
        const bytes = await buildPrepPack(bankWith(strings), packOptions());
        batch.keep(docxPart(bytes), strings);
        batch.keep(docxPart(bytes, 'word/footer1.xml'), strings);
      }),
      { numRuns: 8 },
    );
    expect(batch.written).toBe(16);
    expect(batch.lint()).toBe('');
  }, 120_000);
});
