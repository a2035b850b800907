import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import rules of eslint.config.js, tried on one line of code placed in a file of a layer. */
async function refused(filePath: string, line: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(`${line}\nvoid x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layers, as ESLint enforces them', () => {
  it.each([
    ['src/core/store/x.ts', "import x from '../../shared/contract';"],
    ['src/core/model/x.ts', "import x from '../../handlers';"],
    ['src/core/x.ts', "import x from 'electron';"],
    ['src/core/quality/x.ts', "import x from 'react';"],
    ['src/core/model/x.ts', "import x from 'node:fs';"],
    ['src/core/coverage/x.ts', "import x from 'path';"],
    ['src/shared/x.ts', "import x from '../handlers';"],
    ['src/server/x.ts', "import x from '../renderer/src/lib/api';"],
    ['src/cli/commands/x.ts', "import x from '../../renderer/src/App';"],
    ['src/renderer/src/lib/x.ts', "import x from 'node:path';"],
    ['src/renderer/src/lib/x.ts', "import x from '../../../core/store/store';"],
    ['src/renderer/src/components/x.tsx', "import x from '../../../core/export/prep-pack';"],
    ['src/renderer/src/lib/x.ts', "import x from '../../../handlers';"],
  ])('%s may not: %s', async (file, line) => {
    expect(await refused(file, line)).not.toEqual([]);
  });

  it.each([
    ['src/core/store/x.ts', "import x from 'node:fs';"],
    ['src/core/store/x.ts', "import x from '../model/schema';"],
    ['src/shared/x.ts', "import x from '../core/model/schema';"],
    ['src/handlers/x.ts', "import x from '../shared/contract';"],
    ['src/renderer/src/lib/x.ts', "import x from '../../../core/export/redaction';"],
    ['src/renderer/src/lib/x.ts', "import x from '../../../shared/contract';"],
  ])('%s may: %s', async (file, line) => {
    expect(await refused(file, line)).toEqual([]);
  });
});
