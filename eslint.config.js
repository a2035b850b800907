import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const NODE_ONLY = {
  paths: builtinModules.map((name) => ({ name, message: 'Node-only: the renderer uses this.' })),
  patterns: [{ regex: '^node:', message: 'Node-only: the renderer uses this.' }],
};
const UI_LIBS = ['electron', 'react', 'react-dom'].map((name) => ({
  name,
  message: 'src/core stays free of Electron and React.',
}));
const outside = (dirs, message) => ({ regex: `^(\\.\\./)+(${dirs.join('|')})(/|$)`, message });

/** no-restricted-imports for one layer: what it may not reach. */
const layer = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

function boundaries() {
  const above = ['shared', 'handlers', 'main', 'preload', 'renderer', 'server', 'cli'];
  // The parts of core the renderer imports must run in a browser too.
  const shared = [
    'src/core/model/**',
    'src/core/principles/**',
    'src/core/quality/**',
    'src/core/coverage/**',
    'src/core/loops/**',
    'src/core/rehearsal/**',
    'src/core/errors.ts',
    'src/core/export/redaction.ts',
    'src/core/export/summary.ts',
    'src/core/export/sections.ts',
    'src/core/portability/text-decoding.ts',
    'src/core/portability/practice-merge.ts',
    'src/core/portability/sheet-*.ts',
    'src/core/portability/principle-match.ts',
    'src/core/portability/markdown-stories.ts',
  ];
  const coreRule = {
    paths: UI_LIBS,
    patterns: [outside(above, 'src/core imports nothing outside src/core.')],
  };
  return [
    layer(['src/core/**'], coreRule),
    layer(shared, {
      paths: [...UI_LIBS, ...NODE_ONLY.paths],
      patterns: [...coreRule.patterns, ...NODE_ONLY.patterns],
    }),
    layer(['src/shared/**'], {
      paths: UI_LIBS,
      patterns: [
        outside(['handlers', 'main', 'renderer', 'server', 'cli'], 'shared sits under the hosts.'),
      ],
    }),
    layer(['src/handlers/**', 'src/server/**', 'src/cli/**'], {
      paths: UI_LIBS,
      patterns: [
        outside(['renderer', 'main', 'preload'], 'Hosts never import the renderer or main.'),
      ],
    }),
    layer(['src/renderer/**'], {
      paths: [
        { name: 'electron', message: 'The renderer reaches main only through the contract.' },
        ...NODE_ONLY.paths,
      ],
      patterns: [
        ...NODE_ONLY.patterns,
        outside(
          ['main', 'preload', 'server', 'cli', 'handlers'],
          'The renderer talks through lib/api.ts.',
        ),
        { regex: '/core/store(/|$)', message: 'The store runs in main, never in the renderer.' },
        {
          regex: '/core/export/(?!redaction|summary|sections)',
          message: 'The docx exporter is Node-only.',
        },
      ],
    }),
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only src/main and src/preload may import electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**', 'src/preload/**', 'tests/e2e/**', 'tests/main/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The layers, enforced: core at the bottom, then shared (the contract), then the handlers,
  // then the hosts (main, server, cli) and the renderer, which talk only through the contract.
  ...boundaries(),
  prettier,
);
