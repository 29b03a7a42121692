import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Builds browser mode's server (npm run build:web): electron/web/main.ts -> dist-web/main.mjs, one
// ES module file (it awaits at top level) that Node runs as it is, so `npm start` does not compile
// TypeScript on every start. As the Electron main build: our code, shared/, the locales and
// package.json are bundled; Node's builtins and the production dependencies stay imports.

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pkgPattern = (name: string) => new RegExp(`^${escape(name)}(/.*)?$`);

export default defineConfig({
  root: '.',
  publicDir: false,
  environments: {
    web: {
      consumer: 'server',
      resolve: { noExternal: true },
      build: {
        outDir: 'dist-web',
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'node20',
        minify: false,
        sourcemap: true,
        reportCompressedSize: false,
        rollupOptions: {
          input: { main: 'electron/web/main.ts' },
          external: [...Object.keys(pkg.dependencies).map(pkgPattern), ...NODE_BUILTINS],
          output: { format: 'es', entryFileNames: '[name].mjs', codeSplitting: false },
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.web);
    },
  },
});
