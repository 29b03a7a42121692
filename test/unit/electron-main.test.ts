import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_FILE } from '../../electron/core/db/open.ts';
import { secureWebPreferences } from '../../electron/security.ts';

// electron/main.ts against a mocked 'electron' (the binary is not available here): the startup
// order, the single-instance lock, the real store opened in userData, the window and its settings,
// IPC into the real core, startup errors, closing on quit. main.ts starts on import, so each test
// imports a fresh copy.

type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const state = {
    userData: '',
    appPath: '',
    lock: true,
    listeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindow[],
  };
  class FakeWindow {
    readonly options: { webPreferences?: Record<string, unknown> };
    loadURL = vi.fn(async (_url: string) => undefined);
    webContents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    minimized = false;
    isMinimized = vi.fn(() => this.minimized);
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      this.options = options;
      state.windows.push(this);
    }
    static getAllWindows = () => state.windows;
  }
  const app = {
    setPath: vi.fn((name: string, value: string) => {
      if (name === 'userData') state.userData = value;
    }),
    getPath: vi.fn((name: string) => {
      if (name === 'userData') return state.userData;
      throw new Error(`unexpected getPath(${name})`);
    }),
    getAppPath: vi.fn(() => state.appPath),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => {
      state.listeners.set(event, [...(state.listeners.get(event) ?? []), listener]);
      return app;
    }),
    whenReady: vi.fn(() => Promise.resolve()),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  };
  return {
    state,
    FakeWindow,
    electron: {
      app,
      BrowserWindow: FakeWindow,
      dialog: { showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session,
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  };
});
vi.mock('electron', () => h.electron);

const { app, dialog, ipcMain, protocol, session } = h.electron;
const emit = (event: string, ...args: unknown[]) => (h.state.listeners.get(event) ?? []).forEach((l) => l(...args));

let tmp: string;
let userData: string;

async function startMain() {
  vi.resetModules();
  const main = await import('../../electron/main.ts');
  await main.started;
  return main;
}

beforeEach(() => {
  vi.clearAllMocks();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-main-'));
  userData = path.join(tmp, 'Synergy Desk');
  h.state.appPath = path.join(tmp, 'app');
  fs.mkdirSync(h.state.appPath);
  h.state.userData = '';
  h.state.lock = true;
  h.state.listeners.clear();
  h.state.windows.length = 0;
  vi.stubEnv('SYNERGY_DESK_DATA_DIR', userData);
  vi.stubEnv('SYNERGY_DESK_NATIVE_BINDING', '');
});

afterEach(() => {
  emit('will-quit'); // closes the store
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('main', () => {
  it('takes the single-instance lock, then opens the store in userData and one hardened window', async () => {
    await startMain();

    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    // userData is set (it holds the lock too) and the scheme registered before the lock and 'ready'
    expect(app.setPath).toHaveBeenCalledWith('userData', userData);
    const order = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0];
    expect(order(app.setPath)).toBeLessThan(order(app.requestSingleInstanceLock));
    expect(order(protocol.registerSchemesAsPrivileged)).toBeLessThan(order(app.whenReady));
    expect(app.enableSandbox).toHaveBeenCalled();

    // the real store, in userData
    expect(fs.existsSync(path.join(userData, STORE_FILE))).toBe(true);

    // the session is hardened and app:// is served from dist/renderer
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));

    // one window, with the secure settings and our preload, showing app://desk/
    expect(h.state.windows).toHaveLength(1);
    const [win] = h.state.windows;
    expect(win.options.webPreferences).toEqual(secureWebPreferences(path.join(h.state.appPath, 'dist-electron', 'preload.cjs')));
    expect(win.loadURL).toHaveBeenCalledWith('app://desk/index.html');
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    h.state.lock = false;
    await startMain();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(h.state.windows).toHaveLength(0);
    expect(fs.existsSync(path.join(userData, STORE_FILE))).toBe(false);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startMain();
    const [win] = h.state.windows;
    win.minimized = true;
    emit('second-instance', {}, ['synergy-desk'], tmp, {});
    expect(win.restore).toHaveBeenCalledTimes(1);
    expect(win.focus).toHaveBeenCalledTimes(1);
  });

  it('answers IPC from its window with the real core, and refuses other senders', async () => {
    await startMain();
    // the core's door, and saving the printed page as PDF
    expect(ipcMain.handle.mock.calls.map((c) => c[0])).toEqual(['desk:invoke', 'desk:printToPDF']);
    const [channel, handler] = ipcMain.handle.mock.calls[0] as unknown as [string, Listener];
    expect(channel).toBe('desk:invoke');
    const ours = { senderFrame: { url: 'app://desk/index.html', parent: null } };
    expect(handler(ours, 'app.info', {})).toMatchObject({ ok: true, data: { dataDir: userData } });
    expect(handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'bad_sender' } });
  });

  it('pushes the change feed to its window after a write: topic names, no row data', async () => {
    await startMain();
    const handler = ipcMain.handle.mock.calls[0][1] as unknown as Listener;
    const win = h.state.windows[0];
    win.webContents.send.mockClear();
    const ours = { senderFrame: { url: 'app://desk/index.html', parent: null } };
    expect(handler(ours, 'institutions.create', { name: 'Ministry of Environment' })).toMatchObject({ ok: true });
    expect(win.webContents.send).toHaveBeenCalledWith('desk:changes', { topics: ['institution'], external: false });
    expect(JSON.stringify(win.webContents.send.mock.calls)).not.toContain('Ministry');
    win.webContents.send.mockClear();
    handler(ours, 'app.info', {});
    expect(win.webContents.send).not.toHaveBeenCalled();
  });

  it('hardens every web contents that is created', async () => {
    await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    emit('web-contents-created', {}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
  });

  it('shows a store error and quits, without opening a window', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, STORE_FILE), 'this is not a database, but someone’s notes');
    await startMain();
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Synergy Desk');
    expect(message).toMatch(/not a Synergy Desk store/);
    expect(app.quit).toHaveBeenCalled();
    expect(h.state.windows).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    // and the file was left as it was
    expect(fs.readFileSync(path.join(userData, STORE_FILE), 'utf8')).toBe('this is not a database, but someone’s notes');
  });

  it('closes the store when the app quits', async () => {
    await startMain();
    const handler = ipcMain.handle.mock.calls[0][1] as unknown as Listener;
    const ours = { senderFrame: { url: 'app://desk/index.html', parent: null } };
    emit('will-quit');
    expect(handler(ours, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('quits when the last window closes (not on macOS)', async () => {
    await startMain();
    emit('window-all-closed');
    if (process.platform === 'darwin') expect(app.quit).not.toHaveBeenCalled();
    else expect(app.quit).toHaveBeenCalledTimes(1);
  });
});

describe('better-sqlite3 nativeBinding', () => {
  const nodeBuild = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');

  it('is passed to the store: a given build is used (here: the Node one) ...', async () => {
    vi.stubEnv('SYNERGY_DESK_NATIVE_BINDING', nodeBuild);
    await startMain();
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(h.state.windows).toHaveLength(1);
  });

  it('... and a missing one is an error shown to the user', async () => {
    vi.stubEnv('SYNERGY_DESK_NATIVE_BINDING', path.join(tmp, 'nowhere', 'better_sqlite3.node'));
    await startMain();
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(dialog.showErrorBox.mock.calls[0][1]).toMatch(/nowhere/);
    expect(h.state.windows).toHaveLength(0);
  });

  it('is looked for in the environment, then in <appPath>/native/electron (unpacked from app.asar first)', async () => {
    const { findNativeBinding } = await startMain();
    const appPath = path.join(tmp, 'resources', 'app.asar');
    expect(findNativeBinding(appPath, {})).toBeUndefined();
    expect(findNativeBinding(appPath, { SYNERGY_DESK_NATIVE_BINDING: 'x/better_sqlite3.node' })).toBe(path.resolve('x/better_sqlite3.node'));

    const packed = path.join(appPath, 'native', 'electron', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(packed), { recursive: true });
    fs.writeFileSync(packed, '');
    expect(findNativeBinding(appPath, {})).toBe(packed);
    const unpacked = path.join(tmp, 'resources', 'app.asar.unpacked', 'native', 'electron', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(unpacked), { recursive: true });
    fs.writeFileSync(unpacked, '');
    expect(findNativeBinding(appPath, {})).toBe(unpacked);
  });

  it('explains an ABI mismatch', async () => {
    const { startupErrorMessage } = await startMain();
    const message = startupErrorMessage(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.'));
    expect(message).toMatch(/build-electron-native/);
  });
});
