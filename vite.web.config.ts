import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Builds browser mode's server (npm run build:web): electron/web/main.ts -> dist-web/main.mjs, and
// its core thread: electron/web/core-worker.ts -> dist-web/core.mjs, the synergy-desk command:
// electron/cli.ts -> dist-web/cli.mjs, the bundle jobs worker -> dist-web/bundle-job.mjs, the thread of
// an import's checks -> dist-web/bundle-check.mjs. Each is one
// ES module file (it awaits at top level) that Node runs as it is, so `npm start` does not compile
// TypeScript on every start. As the Electron main build: our code, shared/, the locales and
// package.json are bundled; Node's builtins and the production dependencies stay imports.

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pkgPattern = (name: string) => new RegExp(`^${escape(name)}(/.*)?$`);
// stay imports: better-sqlite3 (native), exceljs (large, loaded when a spreadsheet is read or written), tsx
const BUNDLED_NOT = ['better-sqlite3', 'exceljs', 'tsx'];

/** one ES module file for Node from `input`; the first build empties dist-web */
function serverBuild(input: string, name: string, emptyOutDir: boolean) {
  return {
    consumer: 'server' as const,
    resolve: { noExternal: true as const },
    build: {
      outDir: 'dist-web',
      emptyOutDir,
      copyPublicDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      rollupOptions: {
        input: { [name]: input },
        external: [...BUNDLED_NOT.map(pkgPattern), ...NODE_BUILTINS],
        output: { format: 'es' as const, entryFileNames: '[name].mjs', codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  root: '.',
  publicDir: false,
  environments: {
    web: serverBuild('electron/web/main.ts', 'main', true),
    // the core's thread of browser mode (electron/web/core-thread.ts finds it next to main.mjs)
    core: serverBuild('electron/web/core-worker.ts', 'core', false),
    cli: serverBuild('electron/cli.ts', 'cli', false),
    // the worker thread of large bundle imports (electron/core/bundle-jobs/run.ts finds it next to main.mjs)
    bundleJob: serverBuild('electron/core/bundle-jobs/worker.ts', 'bundle-job', false),
    // the thread of an import's checks (electron/core/sync/check-thread.ts finds it next to main.mjs)
    bundleCheck: serverBuild('electron/core/sync/check-worker.ts', 'bundle-check', false),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.web);
      await builder.build(builder.environments.core);
      await builder.build(builder.environments.cli);
      await builder.build(builder.environments.bundleJob);
      await builder.build(builder.environments.bundleCheck);
    },
  },
});
