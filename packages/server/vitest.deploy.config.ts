import { defineConfig } from 'vitest/config';

// `npm run test:deploy`: README's Deploying section followed on a fresh PostgreSQL database (test/deploy/). Kept
// out of `npm test`: it builds the app, imports the national catalogue and starts the production server.
export default defineConfig({
  test: {
    name: 'deploy',
    root: import.meta.dirname,
    include: ['test/deploy/**/*.deploy.ts'],
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
