import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';

const root = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** electron-builder's validator writes to this only when debugging. */
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<
  typeof validateConfiguration
>[1];

const targets = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).map((target) =>
    typeof target === 'string' ? target : (target as { target: string }).target,
  );

describe('the electron-builder configuration', () => {
  it('passes electron-builder’s own schema, read the way `npm run dist` reads it', async () => {
    const loaded = await getConfig(root, 'electron-builder.config.ts', null);
    await expect(validateConfiguration(loaded, quietLogger)).resolves.toBeUndefined();
    expect(loaded.appId).toBe(config.appId);
  }, 60_000);

  it('would be refused by that schema if it were wrong (the check is live)', async () => {
    const wrong = { ...config, linux: { ...config.linux, notAnOption: true } } as Configuration;
    await expect(validateConfiguration(wrong, quietLogger)).rejects.toThrow(
      /Invalid configuration/,
    );
  });

  it('names the app and takes the version from package.json', () => {
    expect(config.appId).toBe('app.storybank.desktop');
    expect(config.productName).toBe('Storybank');
    expect(config.extraMetadata).toBeUndefined();
    expect(JSON.stringify(config)).not.toContain(pkg.version);
  });

  it('builds AppImage and deb, dmg, and an NSIS installer, each with its icon', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(config.linux?.icon).toBe('resources/icons');
    expect(config.mac?.icon).toBe('resources/icons/icon.icns');
    expect(config.win?.icon).toBe('resources/icons/icon.ico');
  });

  it('lets the macOS hardened runtime use the microphone, and keeps library validation on', () => {
    const plist = readFileSync(join(root, config.mac?.entitlements ?? ''), 'utf8');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
    expect(plist).toContain('<key>com.apple.security.device.audio-input</key>');
    expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
    expect(plist).not.toContain('disable-library-validation');
    expect(config.mac?.extendInfo).toMatchObject({
      NSMicrophoneUsageDescription: expect.stringContaining('Record'),
    });
  });

  it('packs into an asar and publishes nothing (no update feed, no calling home)', () => {
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('is what `npm run dist` runs, after a build, on electron ≥ 45', () => {
    expect(pkg.scripts.dist).toMatch(
      /electron-vite build && electron-builder --config electron-builder\.config\.ts/,
    );
    expect(Number(/\d+/.exec(pkg.devDependencies.electron ?? '')?.[0])).toBeGreaterThanOrEqual(45);
  });
});
