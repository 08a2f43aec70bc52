import { defineConfig } from 'vitest/config';

// The root vitest.config.ts runs these same files as project 'domain'. This file exists for StrykerJS, whose
// Vitest runner works in a copy of this package (packages/domain/.stryker-tmp) and needs a config of its own.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
