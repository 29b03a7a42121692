#!/usr/bin/env node
// npm start: build what is missing, then open Synergy Desk in Electron when its binary is
// installed, otherwise in browser mode on 127.0.0.1 (saying so). Flags: --browser, --port N, --data-dir DIR.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CORE_SOURCES, isFresh, root } from './fresh.mjs';

const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

function ensureBuilt(output, sources, script) {
  if (isFresh(output, sources)) return;
  process.stdout.write(`Building ${output} …\n`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Electron's binary; on first start it is downloaded (quietly). null where it cannot be had. */
function electronBinary() {
  if (args.includes('--browser')) return null;
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const installed = () => {
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    return fs.existsSync(bin) ? bin : null;
  };
  if (installed()) return installed();
  process.stdout.write('Getting Electron …\n');
  const r = spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, stdio: 'pipe', timeout: 300_000 });
  if (r.status !== 0) process.stdout.write('Electron could not be downloaded here.\n');
  return installed();
}

ensureBuilt('dist/renderer/index.html', ['renderer', 'locales', 'shared'], 'build');
const electron = electronBinary();
if (electron) {
  ensureBuilt('dist-electron/main.cjs', ['electron', 'shared'], 'build:electron');
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!args.includes('--browser')) process.stdout.write('Electron is not installed here: starting in browser mode.\n');
  // from prebuilt files: compiling the TypeScript on every start would cost most of a second
  ensureBuilt('dist-web/main.mjs', CORE_SOURCES, 'build:web');
  const child = spawn(process.execPath, [path.join(root, 'dist-web/main.mjs'), ...args], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
