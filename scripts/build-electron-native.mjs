#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, apart from the
// Node build in node_modules (which keeps serving the tests, the CLI and browser mode). Electron's
// main process loads it as better-sqlite3's nativeBinding (electron/main.ts). See docs/electron.md.
//
//   node scripts/build-electron-native.mjs [--electron <version>] [--arch <arch>] [--dry-run]
//
// Needs what node-gyp needs (Python 3, make and a C++20 compiler; on Windows Visual Studio's C++
// tools) and network access to https://electronjs.org/headers, so it cannot run on our build
// machines; run it on a machine that packages the app, on each target OS (a native module is built
// for the OS and CPU it is built on). --dry-run prints what it would do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    electron: { type: 'string' },
    arch: { type: 'string', default: process.arch },
    'dry-run': { type: 'boolean', default: false },
  },
});

function fail(message) {
  process.stderr.write(`build-electron-native: ${message}\n`);
  process.exit(1);
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const electronPkg = path.join(root, 'node_modules', 'electron', 'package.json');
const sqlitePkg = path.join(root, 'node_modules', 'better-sqlite3', 'package.json');
if (!opts.electron && !fs.existsSync(electronPkg)) fail('node_modules/electron is missing: run npm install, or pass --electron <version>');
if (!fs.existsSync(sqlitePkg)) fail('node_modules/better-sqlite3 is missing: run npm install');
const electronVersion = opts.electron ?? readJson(electronPkg).version;
const sqliteVersion = readJson(sqlitePkg).version;
const arch = opts.arch;

/** node-gyp: npm's own (npm_config_node_gyp, set under npm run), a local one, or the one bundled with npm. */
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally
  }
  const prefix = path.dirname(path.dirname(process.execPath));
  candidates.push(
    path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((file) => file && fs.existsSync(file));
}

const nodeGyp = findNodeGyp();
if (!nodeGyp) fail('node-gyp not found (it comes with npm; or npm install -g node-gyp)');

const source = path.join(root, 'node_modules', 'better-sqlite3');
const outDir = path.join(root, 'native', 'electron');
const output = path.join(outDir, 'better_sqlite3.node');
// Electron's headers go to their own folder, never mixed with the Node headers node-gyp caches.
const devdir = path.join(os.homedir(), '.electron-gyp');
const gypArgs = [
  'rebuild',
  '--release',
  `--target=${electronVersion}`,
  `--arch=${arch}`,
  '--dist-url=https://electronjs.org/headers',
  `--devdir=${devdir}`,
];

process.stdout.write(
  `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})\n` +
    `  copy    ${source} -> <temp>/better-sqlite3 (without its Node build)\n` +
    `  build   node ${nodeGyp} ${gypArgs.join(' ')}\n` +
    `  output  ${output}\n`,
);
if (opts['dry-run']) process.exit(0);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-electron-native-'));
try {
  // A copy, so that node_modules/better-sqlite3/build (the Node build) is never touched.
  const copy = path.join(work, 'better-sqlite3');
  fs.cpSync(source, copy, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  const result = spawnSync(process.execPath, [nodeGyp, ...gypArgs], { cwd: copy, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node-gyp failed (exit ${result.status ?? result.signal})`);

  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) throw new Error(`node-gyp finished but ${built} is missing`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(built, output);
  fs.writeFileSync(
    path.join(outDir, 'build-info.json'),
    `${JSON.stringify({ module: 'better-sqlite3', version: sqliteVersion, electron: electronVersion, platform: process.platform, arch, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  process.stdout.write(`wrote ${path.relative(root, output)}\n`);
} catch (err) {
  process.exitCode = 1;
  process.stderr.write(`build-electron-native: ${err instanceof Error ? err.message : String(err)}\n`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
