import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Store tests fsync real files; give slow disks room without hiding real hangs.
    testTimeout: 20_000,
  },
});
