import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { startChunk } from './scripts/start-chunk.ts';

const start = startChunk();

// One config: the renderer build (dist/renderer) and the test projects.
export default defineConfig({
  root: '.',
  plugins: [react(), start.plugin],
  base: './',
  build: {
    outDir: 'dist/renderer',
    // the first screen is one script on purpose (scripts/start-chunk.ts); about 660 kB, 200 kB gzipped
    chunkSizeWarningLimit: 800,
    emptyOutDir: true,
    rollupOptions: {
      input: 'index.html',
      // the contracts' and models' schemas (zod) in one file, loaded after the first screen (state/queries.ts) and by the forms
      output: { codeSplitting: { groups: [start.group, { name: 'contract', test: /shared\/(contract|model)\/|shared\/contract\.ts|node_modules\/zod\// }] } },
    },
  },
  test: {
    // the default is one worker less than the cores: a single worker on these 2-core machines.
    // Most files wait on child processes, SQLite files and Chromium, so two run well side by side.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/property/**/*.test.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          // axe over a whole page in jsdom takes seconds when the node tests share the two cores
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // one browser test at a time, after the others: their idle waits are not raced by a busy CPU
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
