import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One runner for every test the project has. Unit and component tests sit beside the code;
// browser end-to-end tests live in e2e/ and drive Debian's Chromium through playwright-core.
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // Two cores: keep the pool small so browser tests and the emulator are not starved.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'manifest/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
            'infra/**/*.test.ts',
            'appPackage/**/*.test.ts',
          ],
          environment: 'node',
          // network.ts starts the shared msw server before test modules load (teams-js fetches
          // at import); dom.ts adds jest-dom matchers and cleanup in DOM environments only.
          setupFiles: ['./test/setup/unit.ts', './test/setup/network.ts', './test/setup/dom.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**'],
      reporter: ['text-summary', 'json-summary', 'text'],
      reportsDirectory: 'coverage',
      // The pure core carries the domain; its coverage is a gate, not a figure.
      thresholds: { 'src/core/**': { lines: 95, branches: 90 } },
    },
  },
});
