import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    // shared/ and electron/ run under Node to prove they need no DOM; renderer files opt into jsdom.
    environment: 'node',
    pool: 'forks',
    // The machines are shared and noisy, and tests that start the import workers from source
    // (tsx) or lint in-memory files take seconds when the other core is busy: 5 s was too tight.
    testTimeout: 30_000,
  },
});
