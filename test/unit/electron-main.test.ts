import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_BUNDLE_FILE_BYTES } from '../../shared/bundle.ts';
import { UPLOAD_FROM_BYTES } from '../../shared/model/sync.ts';
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
    packaged: false,
    /** what app.whenReady() returns (null: already ready) */
    ready: null as Promise<void> | null,
    listeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindow[],
    focused: null as FakeWindow | null,
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  };
  /** on/once that remember their listeners, and emit */
  class Emitter {
    readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();
    on = vi.fn((event: string, listener: Listener) => this.add(event, listener, false));
    once = vi.fn((event: string, listener: Listener) => this.add(event, listener, true));
    private add(event: string, listener: Listener, once: boolean) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once }]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      const list = this.listeners.get(event) ?? [];
      this.listeners.set(event, list.filter((l) => !l.once));
      for (const l of list) l.listener(...args);
    }
  }
  class FakeWebContents extends Emitter {
    send = vi.fn();
    isDestroyed = vi.fn(() => false);
    openDevTools = vi.fn();
  }
  type Bounds = { x: number; y: number; width: number; height: number };
  class FakeWindow extends Emitter {
    readonly options: { webPreferences?: Record<string, unknown>; x?: number; y?: number; width?: number; height?: number };
    loadURL = vi.fn(async (_url: string) => undefined);
    webContents = new FakeWebContents();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    minimized = false;
    maximized = false;
    fullScreen = false;
    bounds: Bounds;
    isMinimized = vi.fn(() => this.minimized);
    isMaximized = vi.fn(() => this.maximized);
    isFullScreen = vi.fn(() => this.fullScreen);
    isDestroyed = vi.fn(() => false);
    getBounds = vi.fn(() => this.bounds);
    getNormalBounds = vi.fn(() => this.bounds);
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    setFullScreen = vi.fn((on: boolean) => {
      this.fullScreen = on;
    });
    constructor(options: FakeWindow['options']) {
      super();
      this.options = options;
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 0, height: options.height ?? 0 };
      state.windows.push(this);
    }
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => state.focused;
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
    get isPackaged() {
      return state.packaged;
    },
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    setAboutPanelOptions: vi.fn(),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => {
      state.listeners.set(event, [...(state.listeners.get(event) ?? []), listener]);
      return app;
    }),
    whenReady: vi.fn(() => state.ready ?? Promise.resolve()),
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
      Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: vi.fn(() => state.displays) },
      nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark' },
      dialog: { showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session,
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  };
});
vi.mock('electron', () => h.electron);

const { app, dialog, ipcMain, Menu, protocol, session } = h.electron;
const emit = (event: string, ...args: unknown[]) => (h.state.listeners.get(event) ?? []).forEach((l) => l(...args));

let tmp: string;
let userData: string;
const originalArgv = process.argv;

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
  h.state.packaged = false;
  h.state.ready = null;
  h.state.focused = null;
  h.state.listeners.clear();
  h.state.windows.length = 0;
  // what a packaged app started from the menu gets (vitest's own arguments are not ours)
  process.argv = ['/opt/Synergy Desk/synergy-desk'];
  vi.stubEnv('SYNERGY_DESK_DATA_DIR', userData);
  vi.stubEnv('SYNERGY_DESK_NATIVE_BINDING', '');
});

afterEach(() => {
  emit('will-quit'); // closes the store
  process.argv = originalArgv;
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

type MenuItem = { label?: string; role?: string; type?: string; checked?: boolean; accelerator?: string; submenu?: MenuItem[]; click?: () => void };
const ours = { senderFrame: { url: 'app://desk/index.html', parent: null } };
/** the template of the application menu set last */
const lastMenu = () => (Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as unknown as { template: MenuItem[] }).template;
const everyItem = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...everyItem(i.submenu ?? [])]);
const commandsSent = (win: InstanceType<typeof h.FakeWindow>) => win.webContents.send.mock.calls.filter((c) => c[0] === 'desk:command').map((c) => c[1]);

describe('the theme', () => {
  it('the window follows the theme chosen in Settings, from start and on every change', async () => {
    await startMain();
    expect(h.electron.nativeTheme.themeSource).toBe('system');
    const handler = ipcMain.handle.mock.calls[0][1] as unknown as Listener;
    expect(handler(ours, 'settings.update', { theme: 'dark' })).toMatchObject({ ok: true });
    expect(h.electron.nativeTheme.themeSource).toBe('dark');
    emit('will-quit');
    h.electron.nativeTheme.themeSource = 'system';
    await startMain();
    expect(h.electron.nativeTheme.themeSource).toBe('dark');
  });
});

describe('the application menu', () => {
  it('is set in the interface language, and set again when the language setting changes', async () => {
    await startMain();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const radio = () => everyItem(lastMenu()).filter((i) => i.type === 'radio' && i.checked).map((i) => i.label);
    expect(everyItem(lastMenu()).map((i) => i.label)).toContain('New record');
    expect(radio()).toEqual(['English']);

    const handler = ipcMain.handle.mock.calls[0][1] as unknown as Listener;
    // another setting: the menu stays
    expect(handler(ours, 'settings.update', { country: 'KE' })).toMatchObject({ ok: true });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(handler(ours, 'settings.update', { language: 'fr' })).toMatchObject({ ok: true });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(everyItem(lastMenu()).map((i) => i.label)).toContain('Nouvelle fiche');
    expect(radio()).toEqual(['Français']);
  });

  it('starts in the language the store has', async () => {
    await startMain();
    const handler = ipcMain.handle.mock.calls[0][1] as unknown as Listener;
    handler(ours, 'settings.update', { language: 'es' });
    emit('will-quit');
    Menu.setApplicationMenu.mockClear();
    await startMain();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(everyItem(lastMenu()).map((i) => i.label)).toContain('Nuevo registro');
  });

  it('sends its commands to the focused window over desk:command', async () => {
    await startMain();
    const [win] = h.state.windows;
    h.state.focused = win;
    const item = (label: string) => everyItem(lastMenu()).find((i) => i.label === label)!;
    item('New record').click!();
    item('Search').click!();
    item('Русский').click!();
    expect(commandsSent(win)).toEqual([{ command: 'new-record' }, { command: 'search' }, { command: 'language', language: 'ru' }]);
    // no focused window: the main one
    h.state.focused = null;
    item('Print…').click!();
    expect(commandsSent(win).at(-1)).toEqual({ command: 'print' });
  });

  it('has the developer tools in development only, and the app never opens them itself', async () => {
    await startMain();
    expect(everyItem(lastMenu()).map((i) => i.role)).toContain('toggleDevTools');
    emit('will-quit');
    h.state.packaged = true;
    h.state.windows.length = 0;
    await startMain();
    expect(everyItem(lastMenu()).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(everyItem(lastMenu()).map((i) => i.role)).not.toContain('reload');
    const [win] = h.state.windows;
    win.emit('ready-to-show');
    win.webContents.emit('did-finish-load');
    expect(win.webContents.openDevTools).not.toHaveBeenCalled();
    for (const file of fs.readdirSync(path.resolve(import.meta.dirname, '../../electron')).filter((f) => f.endsWith('.ts'))) {
      expect(fs.readFileSync(path.resolve(import.meta.dirname, '../../electron', file), 'utf8'), file).not.toMatch(/openDevTools\s*\(/);
    }
  });

  it('names the app and its version in the About panel', async () => {
    await startMain();
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(app.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationName: 'Synergy Desk', applicationVersion: pkg.version }));
  });
});

describe('the window state', () => {
  it('opens the window where it was left, maximized after creation, and saves it on close', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify({ x: 100, y: 50, width: 1000, height: 700, maximized: true, fullScreen: false }));
    await startMain();
    const [win] = h.state.windows;
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700, minWidth: 800, minHeight: 560, show: false });
    expect(win.maximize).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalledTimes(1);
    expect(win.show).toHaveBeenCalledTimes(1);

    win.maximized = false;
    win.bounds = { x: 300, y: 200, width: 1200, height: 800 };
    win.emit('close');
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 300, y: 200, width: 1200, height: 800, maximized: false, fullScreen: false });
  });

  it('without a saved state (or a damaged one) the default size, centred on the display', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, 'window-state.json'), '{"x": 1');
    await startMain();
    expect(h.state.windows[0].options).toMatchObject({ x: 320, y: 90, width: 1280, height: 860 });
  });

  it('a place on a monitor that is gone comes back onto the display', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify({ x: 3000, y: 100, width: 1000, height: 700 }));
    await startMain();
    expect(h.state.windows[0].options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });
  });
});

describe('bundles opened from the system', () => {
  const bundleText = '{"format":"synergy-desk-bundle"}';
  const bundle = (name: string, text = bundleText) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('a bundle on the command line (Windows, Linux) reaches the page once it has loaded', async () => {
    process.argv = ['/opt/Synergy Desk/synergy-desk', '--no-sandbox-for-nothing', bundle('from Nairobi.sdbundle')];
    await startMain();
    const [win] = h.state.windows;
    expect(commandsSent(win)).toEqual([]);
    win.webContents.emit('did-finish-load');
    expect(commandsSent(win)).toEqual([{ command: 'open-bundle', fileName: 'from Nairobi.sdbundle', text: bundleText }]);
  });

  it('macOS open-file before ready waits for the page; a non-bundle is refused', async () => {
    let ready!: () => void;
    h.state.ready = new Promise<void>((resolve) => (ready = resolve));
    vi.resetModules();
    const main = await import('../../electron/main.ts');
    const preventDefault = vi.fn();
    emit('open-file', { preventDefault }, bundle('early.sdbundle'));
    emit('open-file', { preventDefault }, bundle('notes.txt', 'hello'));
    expect(preventDefault).toHaveBeenCalledTimes(2);
    expect(h.state.windows).toHaveLength(0);
    ready();
    await main.started;
    const [win] = h.state.windows;
    expect(commandsSent(win)).toEqual([]);
    win.webContents.emit('did-finish-load');
    expect(commandsSent(win)).toEqual([
      { command: 'open-bundle', fileName: 'early.sdbundle', text: bundleText },
      { command: 'open-refused', fileName: 'notes.txt', reason: 'not_a_bundle' },
    ]);
  });

  it('a second instance’s bundle goes to the running window, which comes forward', async () => {
    await startMain();
    const [win] = h.state.windows;
    win.webContents.emit('did-finish-load');
    bundle('second.json');
    emit('second-instance', {}, ['C:\\Program Files\\Synergy Desk\\Synergy Desk.exe', '--allow-file-access-from-files', 'second.json'], tmp, {});
    expect(commandsSent(win)).toEqual([{ command: 'open-bundle', fileName: 'second.json', text: bundleText }]);
    expect(win.focus).toHaveBeenCalled();
  });

  it('a bundle too large for one text is copied into the core’s uploads and named by its id; one above what the desk takes is refused unread', async () => {
    await startMain();
    const [win] = h.state.windows;
    win.webContents.emit('did-finish-load');
    const large = path.join(tmp, 'large.sdbundle');
    fs.writeFileSync(large, 'x'.repeat(UPLOAD_FROM_BYTES + 1));
    emit('open-file', { preventDefault: vi.fn() }, large);
    const [sent] = commandsSent(win) as { command: string; uploadId: string }[];
    expect(sent).toEqual({ command: 'open-upload', fileName: 'large.sdbundle', uploadId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(fs.statSync(path.join(h.state.userData, 'uploads', `${sent.uploadId}.sdbundle`)).size).toBe(UPLOAD_FROM_BYTES + 1);
    const huge = path.join(tmp, 'huge.sdbundle');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, MAX_BUNDLE_FILE_BYTES + 1);
    emit('open-file', { preventDefault: vi.fn() }, huge);
    expect(commandsSent(win)[1]).toEqual({ command: 'open-refused', fileName: 'huge.sdbundle', reason: 'too_large' });
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
