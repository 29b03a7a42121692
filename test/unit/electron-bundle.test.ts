import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// vite.electron.config.ts builds main.cjs and preload.cjs without the Electron binary, and the
// bundles run: each is loaded in a plain Node child process in which require('electron') returns a
// stub (the shape of the calls is what the other electron-* tests check in detail).

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let out: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bundle-'));
  out = path.join(tmp, 'dist-electron');
  const builder = await createBuilder({
    configFile: path.join(root, 'vite.electron.config.ts'),
    root,
    logLevel: 'silent',
    environments: {
      main: { build: { outDir: out, emptyOutDir: true } },
      preload: { build: { outDir: out, emptyOutDir: false } },
    },
  });
  await builder.buildApp();
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs `script` in Node, after a preamble that lets it define require.cache.electron and gives it
 * log, record(name), listeners and handlers; returns the JSON of its last output line.
 */
function runWithElectronStub(script: string, env: Record<string, string> = {}): unknown {
  const file = path.join(tmp, `run-${Math.random().toString(36).slice(2)}.cjs`);
  fs.writeFileSync(
    file,
    `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest); };
const log = [];
const record = (name) => (...args) => { log.push([name, ...args.map((a) => (typeof a === 'function' ? '<fn>' : a))]); return undefined; };
const listeners = {};
const handlers = {};
${script}
`,
  );
  const output = execFileSync(process.execPath, [file], {
    cwd: tmp,
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(output.trim().split('\n').pop()!);
}

describe('vite.electron.config.ts', () => {
  it('writes two self-contained CommonJS files', () => {
    expect(fs.readdirSync(out).filter((f) => !f.endsWith('.map')).sort()).toEqual(['main.cjs', 'preload.cjs']);
    const requires = (file: string) => [...fs.readFileSync(path.join(out, file), 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    // a sandboxed preload can only require 'electron'
    expect(new Set(requires('preload.cjs'))).toEqual(new Set(['electron']));
    const mainRequires = new Set(requires('main.cjs'));
    expect(mainRequires).toContain('electron');
    expect(mainRequires).toContain('better-sqlite3');
    // no relative chunk: each file stands alone
    expect([...mainRequires, ...requires('preload.cjs')].filter((r) => r.startsWith('.'))).toEqual([]);
  });

  it('main.cjs starts: opens the store (package.json imported with an attribute works) and loads the app', () => {
    const userData = path.join(tmp, 'profile');
    const result = runWithElectronStub(
      `const appPath = ${JSON.stringify(root)};
let userData = '';
class BrowserWindow {
  constructor(options) { log.push(['BrowserWindow', options]); }
  once() {} on() {}
  webContents = { once() {}, on() {}, send: record('send'), isDestroyed: () => false };
  loadURL(url) { log.push(['loadURL', url]); return Promise.resolve(); }
  static getAllWindows() { return []; }
  static getFocusedWindow() { return null; }
}
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: {
  app: {
    setPath: (name, value) => { if (name === 'userData') userData = value; },
    getPath: () => userData,
    getAppPath: () => appPath,
    isPackaged: true,
    setAboutPanelOptions: record('setAboutPanelOptions'),
    enableSandbox: record('enableSandbox'),
    requestSingleInstanceLock: () => true,
    quit: record('quit'),
    on: (event, fn) => { (listeners[event] ??= []).push(fn); },
    whenReady: () => Promise.resolve(),
  },
  BrowserWindow,
  Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu: (menu) => log.push(['setApplicationMenu', menu.template.map((item) => item.label)]) },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
  nativeTheme: { themeSource: 'system' },
  dialog: { showErrorBox: record('showErrorBox') },
  ipcMain: { handle: (channel, fn) => { handlers[channel] = fn; }, removeHandler() {} },
  protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'), handle: record('protocol.handle') },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onHeadersReceived() {} } } },
  shell: { openExternal: async () => {} },
} };
const main = require(${JSON.stringify(path.join(out, 'main.cjs'))});
main.started.then(() => {
  const info = handlers['desk:invoke']({ senderFrame: { url: 'app://desk/index.html', parent: null } }, 'app.info', {});
  for (const fn of listeners['will-quit'] ?? []) fn();
  console.log(JSON.stringify({ log, info, userData }));
});`,
      { SYNERGY_DESK_DATA_DIR: userData, SYNERGY_DESK_NATIVE_BINDING: '' },
    ) as { log: unknown[][]; info: { ok: boolean; data: { version: string; dataDir: string } }; userData: string };

    const names = result.log.map((entry) => entry[0]);
    expect(names).not.toContain('showErrorBox');
    expect(names).toContain('registerSchemesAsPrivileged');
    expect(result.log).toContainEqual(['loadURL', 'app://desk/index.html']);
    // the menu's labels come from the bundled locale files
    const menu = result.log.find((entry) => entry[0] === 'setApplicationMenu')![1] as string[];
    expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    const window = result.log.find((entry) => entry[0] === 'BrowserWindow')![1] as { webPreferences: Record<string, unknown> };
    expect(window.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: path.join(root, 'dist-electron', 'preload.cjs') });
    expect(result.userData).toBe(userData);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(result.info).toMatchObject({ ok: true, data: { version: pkg.version, dataDir: userData } });
  });

  it('preload.cjs exposes window.desk, forwards contract channels only and checks commands', () => {
    const result = runWithElectronStub(
      `let api;
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: {
  contextBridge: { exposeInMainWorld: (key, value) => { api = value; log.push(['expose', key, Object.keys(value)]); } },
  ipcRenderer: { invoke: async (...args) => { log.push(['invoke', ...args]); return { ok: true, data: null }; }, on: (channel, fn) => { listeners[channel] = fn; }, removeListener() {} },
} };
require(${JSON.stringify(path.join(out, 'preload.cjs'))});
const commands = [];
api.onCommand((command) => commands.push(command));
listeners['desk:command']({}, { command: 'open-bundle', fileName: 'a.sdbundle', text: '{}' });
listeners['desk:command']({}, { command: 'open-bundle', fileName: 'a.sdbundle' });
Promise.all([api.invoke('people.list', {}), api.invoke('fs.readFile', {})]).then((results) => console.log(JSON.stringify({ log, results, commands })));`,
    ) as { log: unknown[][]; results: unknown[]; commands: unknown[] };
    expect(result.log).toEqual([
      ['expose', 'desk', ['onChanges', 'onCommand', 'printToPDF', 'invoke']],
      ['invoke', 'desk:invoke', 'people.list', {}],
    ]);
    expect(result.results[0]).toEqual({ ok: true, data: null });
    expect(result.results[1]).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    // the bundled schema (zod inside preload.cjs) drops what is not a DeskCommand
    expect(result.commands).toEqual([{ command: 'open-bundle', fileName: 'a.sdbundle', text: '{}' }]);
  });
});
