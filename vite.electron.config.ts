import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Builds the Electron shell (npm run build:electron); the renderer is built by vite.config.ts.
//   electron/main.ts    -> dist-electron/main.cjs     (package.json "main")
//   electron/preload.ts -> dist-electron/preload.cjs  (sandboxed preload)
//   electron/core/bundle-jobs/worker.ts -> dist-electron/bundle-job.cjs (the worker of large imports)
// Two separate builds (Vite environments), each one self-contained CommonJS file: a sandboxed
// preload may require nothing but 'electron', so it must not share a chunk with main.
// - preload: everything bundled except 'electron'.
// - main: Electron, Node's builtins, better-sqlite3 (native: loaded from node_modules or with a
//   nativeBinding, see docs/electron.md) and the other production dependencies stay require()s:
//   electron-builder ships them in node_modules, and some cannot be bundled as they are
//   (i18n-iso-countries' Node entry require()s its language files by computed name). Our own code,
//   shared/ and package.json (imported with an import attribute by core/version.ts) are bundled.
// Needs no Electron binary.

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pkgPattern = (name: string) => new RegExp(`^${escape(name)}(/.*)?$`);
const EXTERNAL = {
  'bundle-job': [pkgPattern('electron'), pkgPattern('better-sqlite3'), ...Object.keys(pkg.dependencies).map(pkgPattern), ...NODE_BUILTINS],
  'bundle-check': [...Object.keys(pkg.dependencies).map(pkgPattern), ...NODE_BUILTINS],
  main: [pkgPattern('electron'), pkgPattern('better-sqlite3'), ...Object.keys(pkg.dependencies).map(pkgPattern), ...NODE_BUILTINS],
  preload: [pkgPattern('electron')],
};

function shell(name: 'main' | 'preload' | 'bundle-job' | 'bundle-check', entry: string): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true },
    build: {
      outDir: 'dist-electron',
      emptyOutDir: name === 'main',
      copyPublicDir: false,
      target: 'node22', // Electron 45 runs Node 22
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      rollupOptions: {
        input: { [name]: entry },
        external: EXTERNAL[name],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false, exports: 'named' },
      },
    },
  };
}

export default defineConfig({
  root: '.',
  publicDir: false,
  environments: {
    main: shell('main', 'electron/main.ts'),
    preload: shell('preload', 'electron/preload.ts'),
    // the worker thread of large bundle imports, found next to main.cjs
    bundleJob: shell('bundle-job', 'electron/core/bundle-jobs/worker.ts'),
    // the thread of an import's checks (electron/core/sync/check-thread.ts), found next to main.cjs
    bundleCheck: shell('bundle-check', 'electron/core/sync/check-worker.ts'),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.main);
      await builder.build(builder.environments.preload);
      await builder.build(builder.environments.bundleJob);
      await builder.build(builder.environments.bundleCheck);
    },
  },
});
