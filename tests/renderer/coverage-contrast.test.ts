import { describe, expect, it } from 'vitest';

/*
 * The coverage states' colours against what they are drawn on, in both themes, read from the
 * stylesheets themselves (each token a light-dark() pair, or a var() of one): a gap must stand
 * out in the dark theme as in the light one. WCAG 2.2: 4.5:1 for text, 3:1 for marks (1.4.11).
 */

// The renderer's tests are typed without Node, and vitest hands a test an empty string for an
// imported stylesheet: the files are read through Node's own module table instead.
const { readFileSync } = (
  globalThis as unknown as {
    process: {
      getBuiltinModule(id: 'node:fs'): { readFileSync(path: string, as: 'utf8'): string };
    };
  }
).process.getBuiltinModule('node:fs');
const CSS = ['tokens.css', 'coverage.css']
  .map((file) => readFileSync(`src/renderer/src/styles/${file}`, 'utf8'))
  .join('\n');

type Theme = 'light' | 'dark';

/** Every `--name: value;` declaration, the last one winning as in the cascade. */
const declared = new Map(
  [...CSS.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
);

function colour(name: string, theme: Theme, seen: string[] = []): string {
  const value = declared.get(name);
  if (value === undefined) throw new Error(`${name} is not declared`);
  if (seen.includes(name)) throw new Error(`${name} refers to itself`);
  const alias = /^var\((--[\w-]+)\)$/.exec(value);
  if (alias) return colour(alias[1]!, theme, [...seen, name]);
  const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value);
  if (pair) return theme === 'light' ? pair[1]! : pair[2]!;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value;
  throw new Error(`${name}: cannot read “${value}”`);
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** What each state colour is drawn on, and the ratio it needs there. */
const SURFACES = ['--surface', '--bg', '--hover'];
const PAIRS: [foreground: string, backgrounds: string[], needs: number][] = [
  // Marks: the icon (○ ◐ ●), the bar at a row's start, the summary bar, a stretched outline.
  ['--cov-gap-mark', [...SURFACES, '--cov-gap-tint'], 3],
  ['--cov-thin-mark', SURFACES, 3],
  ['--cov-covered-mark', SURFACES, 3],
  // Words in their badges (Write next, the question bank) and on the page.
  ['--cov-gap-text', ['--cov-gap-bg', '--surface', '--bg'], 4.5],
  ['--cov-thin-text', ['--cov-thin-bg', '--surface', '--bg'], 4.5],
  ['--cov-covered-text', ['--cov-covered-bg', '--surface', '--bg'], 4.5],
  // P and S in a cell, on a gap row's tint as well as on plain cells.
  ['--accent', ['--surface', '--cov-gap-tint', '--hover'], 4.5],
  ['--on-accent', ['--accent'], 4.5],
  // The story numbers over the columns and in the key: ready and draft.
  ['--ready-text', ['--ready-bg'], 4.5],
  ['--draft-text', ['--draft-bg'], 4.5],
];

describe('coverage state colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [foreground, backgrounds, needs] of PAIRS) {
      for (const background of backgrounds) {
        it(`${theme}: ${foreground} on ${background} reaches ${needs}:1`, () => {
          const ratio = contrast(colour(foreground, theme), colour(background, theme));
          expect(ratio, `${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(needs);
        });
      }
    }
  }

  it('sets a gap row apart from a plain one in both themes, not only in the light one', () => {
    // The tint is a second cue under the mark; it must still be seen on a dark surface.
    for (const theme of ['light', 'dark'] as const) {
      const ratio = contrast(colour('--cov-gap-tint', theme), colour('--surface', theme));
      expect(ratio, `${theme}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(1.1);
    }
  });

  it('reads the pairs it checks', () => {
    expect(colour('--surface', 'light')).toBe('#ffffff');
    expect(colour('--cov-thin-bg', 'dark')).toBe(colour('--warning-bg', 'dark'));
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
