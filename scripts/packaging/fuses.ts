import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron's fuses, set in the packaged binary (they cannot be changed at run time, and a
 * changed binary fails its signature). Each closes a way to run code as Storybank that is not
 * Storybank's own:
 */
export const FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node that runs any script.
  RunAsNode: false,
  // NODE_OPTIONS could preload any script into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect would let any local program attach a debugger to the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, never a loose app/ folder dropped beside it.
  OnlyLoadAppFromAsar: true,
  // The page is served by the app's own protocol; file:// keeps no extra powers.
  GrantFileProtocolExtraPrivileges: false,
  // Cookies and other web storage are encrypted with the OS keychain.
  EnableCookieEncryption: true,
} as const satisfies Partial<Record<keyof typeof FuseV1Options, boolean>>;

/** What @electron/fuses' flipFuses gets. macOS arm64 needs its ad-hoc signature redone. */
export function fuseConfig(options: { resetAdHocDarwinSignature: boolean }): FuseV1Config {
  const config: FuseV1Config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: options.resetAdHocDarwinSignature,
  };
  for (const [name, value] of Object.entries(FUSES)) {
    config[FuseV1Options[name as keyof typeof FuseV1Options]] = value;
  }
  return config;
}

export interface PackedApp {
  /** electron-builder's electronPlatformName. */
  platform: string;
  appOutDir: string;
  /** "Storybank": the .app and .exe name. */
  productFilename: string;
  /** "storybank": the Linux executable. */
  executableName: string;
}

/** The binary that carries the fuses, as electron-builder lays each platform out. */
export function electronBinaryPath(app: PackedApp): string {
  switch (app.platform) {
    case 'darwin':
    case 'mas':
      return join(app.appOutDir, `${app.productFilename}.app`);
    case 'win32':
      return join(app.appOutDir, `${app.productFilename}.exe`);
    default:
      return join(app.appOutDir, app.executableName);
  }
}

/** The parts of electron-builder's AfterPackContext the hook reads. */
export interface AfterPackLike {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's Arch enum: 3 is arm64. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

const ARM64 = 3;

/** electron-builder's afterPack hook: runs after the app is laid out, before it is signed. */
export async function flipFusesAfterPack(context: AfterPackLike): Promise<void> {
  const { appInfo, executableName } = context.packager;
  const binary = electronBinaryPath({
    platform: context.electronPlatformName,
    appOutDir: context.appOutDir,
    productFilename: appInfo.productFilename,
    executableName: executableName ?? appInfo.productFilename.toLowerCase(),
  });
  const resetAdHocDarwinSignature =
    context.electronPlatformName === 'darwin' && context.arch === ARM64;
  await flipFuses(binary, fuseConfig({ resetAdHocDarwinSignature }));
}
