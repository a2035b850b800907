import { z } from 'zod';
import { migrate } from '../model/migrations';
import { issueWords } from '../model/issue-words';
import { bankRuleProblem } from '../model/rules';
import { BankSchema, CURRENT_SCHEMA_VERSION, type Bank } from '../model/schema';
import { withoutBom } from '../portability/text-decoding';

export type ParseOutcome =
  { ok: true; bank: Bank; fromVersion: number } | { ok: false; problem: string };

/**
 * Text of a bank file → a valid current bank, or the reason it is not one in words a person
 * understands. Throws only for a file from a newer Storybank, which must not be touched at all.
 */
export function parseBank(fileText: string): ParseOutcome {
  const text = withoutBom(fileText);
  // Cheap checks first and only where needed: a large bank opens at close to JSON.parse speed.
  if (!/\S/.test(text)) return { ok: false, problem: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Raw NUL bytes are never valid JSON, so they need looking for only once parsing failed.
    if (
      text
        .replace(/\s/g, '')
        .split('\u0000')
        .every((part) => part === '')
    ) {
      return { ok: false, problem: 'the file is filled with zero bytes (often left by a crash)' };
    }
    if (text.includes('\u0000')) {
      return { ok: false, problem: 'the file holds zero bytes: it is not UTF-8 text' };
    }
    return { ok: false, problem: 'the file is cut short or is not valid JSON' };
  }
  return parseBankData(raw);
}

/**
 * BankSchema compiled ahead of time (zod's `z.compile`, made on the first read): a valid bank
 * takes a generated parser, about ten times faster over thousands of rehearsals; anything else
 * falls back to BankSchema's own parse, so what is refused and the words for it do not change.
 * Node only: the renderer's policy forbids generated code, and it never reads a file.
 */
let reader: typeof BankSchema | null = null;
export const bankReader = () => (reader ??= z.compile(BankSchema));

/** Parsed JSON → a valid current bank, or the reason it is not one. Throws for a newer file. */
export function parseBankData(raw: unknown): ParseOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'the file does not hold a bank (it holds no object)' };
  }
  const { data, fromVersion } = migrate(raw);
  const parsed = bankReader().safeParse(data);
  if (!parsed.success) return { ok: false, problem: describeIssues(parsed.error) };
  const rule = bankRuleProblem(parsed.data);
  if (rule) return { ok: false, problem: `the file does not hold a whole bank (${rule})` };
  return { ok: true, bank: parsed.data, fromVersion: fromVersion ?? CURRENT_SCHEMA_VERSION };
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map(issueWords);
  const more = error.issues.length > 3 ? ` and ${error.issues.length - 3} more` : '';
  return `the file does not match Storybank's format (${first.join('; ')}${more})`;
}
