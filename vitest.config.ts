// Test configuration: five projects on top of the app's own vite.config.ts, so the
// `careContent()` plugin (virtual:care-path-content) runs in every project (`extends: true`).
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
            // Property tests run 10,000 cases each: 1–3 s on a quiet 2-core machine, 8 s once when
            // the machine was busy. A limit is there to stop a stuck loop, not to time the code.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            // Checks that walk every answer set of the shipped content (up to a minute each):
            // kept out of `unit` so `--project unit` stays quick while editing; `npm test` runs them.
            name: 'walks',
            environment: 'node',
            include: ['tests/walks/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['tests/dom/**/*.test.tsx'],
            setupFiles: ['tests/setup/dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/support/globalSetup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // 2 cores: one Chromium at a time.
            fileParallelism: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'engines',
            environment: 'node',
            include: ['tests/engines/**/*.test.ts'],
            // The same build and server as e2e (the setup shares them between projects).
            globalSetup: ['tests/e2e/support/globalSetup.ts'],
            testTimeout: 90_000,
            hookTimeout: 120_000,
            // With e2e in Vitest's one sequential queue: one browser at a time on 2 cores.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
