import { defineConfig } from 'vitest/config';

// Browser journeys against the real server (started once by global-setup.ts) serving the built web app.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['journeys/**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    // One Chromium at a time: this machine has two cores and the server needs one.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
