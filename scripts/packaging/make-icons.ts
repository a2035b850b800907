// `npm run icons`: every icon Storybank ships, made from resources/icon.svg. Chromium (the one
// the end-to-end tests use, driven by Playwright) draws the SVG at each size, so the sizes are
// drawn from the vector rather than scaled from one bitmap; the .ico and .icns containers are
// written by icon-containers.ts. The results are committed: packaging never needs a browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ICNS_TYPES, ICO_SIZES, writeIcns, writeIco, type SizedPng } from './icon-containers';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const resources = join(root, 'resources');
const iconsDir = join(resources, 'icons');

/** Linux wants a folder of <size>x<size>.png; the containers take their share of these. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

async function render(svg: string, sizes: readonly number[]): Promise<SizedPng[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const images: SizedPng[] = [];
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
      );
      const png = await page.screenshot({ omitBackground: true, type: 'png' });
      images.push({ size, png: new Uint8Array(png) });
    }
    return images;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');
  const images = await render(svg, PNG_SIZES);
  const pick = (sizes: readonly number[]) => images.filter((image) => sizes.includes(image.size));
  mkdirSync(iconsDir, { recursive: true });
  for (const { size, png } of images) writeFileSync(join(iconsDir, `${size}x${size}.png`), png);
  writeFileSync(join(iconsDir, 'icon.ico'), writeIco(pick(ICO_SIZES)));
  writeFileSync(join(iconsDir, 'icon.icns'), writeIcns(pick(ICNS_TYPES.map((slot) => slot.size))));
  // The window's own icon on Linux and Windows (src/main/index.ts loads it from the asar).
  const windowIcon = images.find((image) => image.size === 512);
  if (windowIcon) writeFileSync(join(resources, 'icon.png'), windowIcon.png);
  console.log(`Wrote ${images.length} PNGs, icon.ico and icon.icns to ${iconsDir}`);
}

await main();
