import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import {
  electronBinaryPath,
  flipFusesAfterPack,
  fuseConfig,
  FUSES,
} from '../../../scripts/packaging/fuses';
import { stubElectronBinary } from './stub-electron';

describe('the fuses Storybank ships with', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['GrantFileProtocolExtraPrivileges', false],
    ['EnableCookieEncryption', true],
  ] as const)('%s is %s', (name, value) => {
    expect(FUSES[name]).toBe(value);
    expect(fuseConfig({ resetAdHocDarwinSignature: false })[FuseV1Options[name]]).toBe(value);
  });

  it('sets these seven and leaves the others as Electron ships them', () => {
    const { version, resetAdHocDarwinSignature, ...fuses } = fuseConfig({
      resetAdHocDarwinSignature: true,
    });
    expect(version).toBe(FuseVersion.V1);
    expect(resetAdHocDarwinSignature).toBe(true);
    expect(Object.keys(fuses)).toHaveLength(7);
  });

  it('is flipped by the afterPack hook of the packaging configuration', () => {
    expect(config.afterPack).toBe(flipFusesAfterPack);
    // electron-builder's own electronFuses would flip them a second time, with its own copy.
    expect(config.electronFuses).toBeUndefined();
  });
});

describe('electronBinaryPath', () => {
  const app = { appOutDir: '/out', productFilename: 'Storybank', executableName: 'storybank' };
  it('finds the binary electron-builder laid out on each platform', () => {
    expect(electronBinaryPath({ ...app, platform: 'linux' })).toBe(join('/out', 'storybank'));
    expect(electronBinaryPath({ ...app, platform: 'win32' })).toBe(join('/out', 'Storybank.exe'));
    expect(electronBinaryPath({ ...app, platform: 'darwin' })).toBe(join('/out', 'Storybank.app'));
    expect(electronBinaryPath({ ...app, platform: 'mas' })).toBe(join('/out', 'Storybank.app'));
  });
});

describe('flipFusesAfterPack', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the fuses into the packed binary', async () => {
    dir = mkdtempSync(join(tmpdir(), 'storybank-fuses-'));
    stubElectronBinary(join(dir, 'storybank'));
    await flipFusesAfterPack({
      appOutDir: dir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Storybank' }, executableName: 'storybank' },
    });
    const wire = await getCurrentFuseWire(join(dir, 'storybank'));
    for (const [name, value] of Object.entries(FUSES)) {
      expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(
        value ? FuseState.ENABLE : FuseState.DISABLE,
      );
    }
  });
});
