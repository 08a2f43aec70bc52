import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/domain/src/**/*.test.ts', 'frameworks/**/*.test.ts'],
        },
      },
      {
        // Pure functions of the web app (number parsing, date checks): no DOM needed.
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          exclude: ['packages/server/test/**/*.system.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Server tests that need programs outside Node.js (LibreOffice, poppler-utils): `npm run test:system`.
        // `npm test` leaves this project out so that it passes on a machine with only Node.js and npm.
        test: {
          name: 'system',
          include: ['packages/server/test/**/*.system.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
