import { resolve } from 'node:path';

/**
 * Where the built app is (`npm run build` writes out/). STORYBANK_BUILD_DIR lets parallel
 * work build and test in folders of their own.
 */
export const BUILT = resolve(process.env.STORYBANK_BUILD_DIR ?? 'out');
