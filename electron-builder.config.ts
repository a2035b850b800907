// `npm run dist`: Storybank's installers. electron-builder reads this file (through jiti, so
// TypeScript), takes the version from package.json and the runtime from node_modules/electron's
// version. tests/main/packaging/ validates it with electron-builder's own schema, packs the
// app once against a stand-in runtime and reads what went into app.asar.
import type { Configuration } from 'electron-builder';
import { flipFusesAfterPack } from './scripts/packaging/fuses';

const config: Configuration = {
  appId: 'app.storybank.desktop',
  productName: 'Storybank',
  copyright: 'Copyright © Storybank authors',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app goes into app.asar: no sources, tests, maps or local files. The
  // production dependencies (the main bundle keeps them external) are added by electron-builder.
  files: [
    'package.json',
    'out/main/index.js',
    'out/main/chunks/**/*.js',
    'out/preload/**/*.cjs',
    'out/renderer/**/*',
    'resources/icon.png',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/{.env,.env.*,*.pem,*.key,*.p12,.npmrc}',
    '!**/node_modules/**/{test,tests,__tests__,docs,doc,example,examples,benchmark,benchmarks}/**',
    '!**/node_modules/**/*.{md,markdown}',
  ],
  asar: true,
  // Fuses are flipped here, on the laid-out app and before signing, with @electron/fuses.
  afterPack: flipFusesAfterPack,
  // No update server, no update metadata: Storybank never calls home (see the README).
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    synopsis: 'Draft, map and rehearse STAR stories for behavioral interviews',
    executableName: 'storybank',
    // The deb format needs a maintainer; package.json has no author e-mail to take it from.
    maintainer: 'Storybank authors',
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  mac: {
    target: 'dmg',
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
    // The microphone is asked for only after Record is pressed (src/main/permissions.ts).
    extendInfo: {
      NSMicrophoneUsageDescription: 'Storybank records your rehearsals when you press Record.',
    },
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: { target: 'nsis', icon: 'resources/icons/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
    // The bank is the person's own: uninstalling never deletes the data folder.
    deleteAppDataOnUninstall: false,
  },
};

export default config;
