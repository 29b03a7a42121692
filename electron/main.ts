import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { DESK_COMMAND_CHANNEL, type DeskCommand } from '../shared/desk-commands.ts';
import { AppError } from '../shared/errors.ts';
import { defaultDataDir } from './core/data-dir.ts';
import { getSettings } from './core/db/local-settings.ts';
import { CHECK_AT_OPEN_BYTES } from './core/db/open.ts';
import { startAreas } from './core/areas.ts';
import { createDispatcher } from './core/dispatch.ts';
import { openStore, type Store } from './core/store.ts';
import { APP_VERSION } from './core/version.ts';
import { forwardChanges, registerIpc } from './ipc.ts';
import { installAppMenu } from './menu.ts';
import { followTheme } from './theme.ts';
import { bundlePathsFromArgv, createFileOpener, readOpenedFile } from './open-file.ts';
import { uploadFromPath } from './core/sync/uploads.ts';
import { registerPrint } from './print.ts';
import { APP_URL, hardenSession, hardenWebContents, registerAppScheme, serveApp } from './security.ts';
import { fitToDisplays, MIN_SIZE, readWindowState, restoreWindowMode, trackWindowState, windowBounds } from './window-state.ts';

// The Electron main process: a thin shell. One instance per profile; the core store opened in the
// user data folder (the same folder browser mode and the CLI use by default); one hardened window
// showing the built renderer on app://desk/; IPC into the core's dispatch; the application menu
// (menu.ts), the window's remembered place (window-state.ts) and bundles opened from the system
// (open-file.ts). Built to dist-electron/main.cjs by vite.electron.config.ts. See docs/electron.md
// for better-sqlite3's ABI.

export const PRODUCT_NAME = 'Synergy Desk';
const NATIVE_BINDING = path.join('native', 'electron', 'better_sqlite3.node');

/**
 * The better-sqlite3 build for Electron's ABI, when there is one: SYNERGY_DESK_NATIVE_BINDING, else
 * <appPath>/native/electron/better_sqlite3.node (in a package: its app.asar.unpacked copy). Without
 * one, better-sqlite3 loads its own build from node_modules.
 */
export function findNativeBinding(appPath: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SYNERGY_DESK_NATIVE_BINDING) return path.resolve(env.SYNERGY_DESK_NATIVE_BINDING);
  const candidates = [path.join(appPath.replace(/\.asar$/, '.asar.unpacked'), NATIVE_BINDING), path.join(appPath, NATIVE_BINDING)];
  return candidates.find((file) => fs.existsSync(file));
}

/** What the user reads when the store cannot be opened (AppError messages name the file and the reason). */
export function startupErrorMessage(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    return `The database module was built for another runtime. Build it for Electron (scripts/build-electron-native.mjs, see docs/electron.md).\n\n${message}`;
  }
  return `Synergy Desk could not start: ${message}`;
}

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;
let stopAreas: (() => void) | null = null;
let stopMenu: (() => void) | null = null;
let stopTheme: (() => void) | null = null;
/** bundles opened from the system wait here until the window's page has loaded; a large one goes to the core's uploads */
const opener = createFileOpener((file) => readOpenedFile(file, store ? (large) => uploadFromPath(store!, large) : undefined));

/** A menu item's command goes to the focused window (else the main one). */
function sendCommand(command: DeskCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (win && !win.webContents.isDestroyed()) win.webContents.send(DESK_COMMAND_CHANNEL, command);
}

function createWindow(): BrowserWindow {
  const userData = app.getPath('userData');
  const state = fitToDisplays(readWindowState(userData), screen.getAllDisplays().map((display) => display.workArea));
  const win = new BrowserWindow({
    ...windowBounds(state),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: PRODUCT_NAME,
    // = secureWebPreferences(preload) of security.ts (electron-main.test.ts compares them), written
    // out here so that a static checker (Electronegativity) can read what the window gets
    webPreferences: {
      // Electronegativity asks for a review of every preload; ours is sandboxed, exposes four checked
      // functions and never ipcRenderer (electron-preload.test.ts)
      preload: path.join(app.getAppPath(), 'dist-electron', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    restoreWindowMode(win, state);
    win.show();
  });
  trackWindowState(win, userData);
  opener.attach(win.webContents);
  const stopChanges = store ? forwardChanges(store, win.webContents) : () => {};
  win.on('closed', () => {
    stopChanges();
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  win.loadURL(APP_URL).catch((err: unknown) => console.error(`Synergy Desk: cannot load ${APP_URL}:`, err));
  return win;
}

function fail(err: unknown): void {
  dialog.showErrorBox(PRODUCT_NAME, startupErrorMessage(err));
  app.quit();
}

async function start(): Promise<void> {
  try {
    hardenSession(session.defaultSession);
    serveApp(protocol, path.join(app.getAppPath(), 'dist', 'renderer'));
    // a large store opens at once; its content check runs in the background (backups area)
    store = await openStore(app.getPath('userData'), { nativeBinding: findNativeBinding(app.getAppPath()), checkAtOpenBytes: CHECK_AT_OPEN_BYTES });
    registerIpc(ipcMain, createDispatcher(store));
    registerPrint(ipcMain, async (defaultName) => {
      const options = { defaultPath: defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    });
    store.watchOtherProcesses();
    stopAreas = startAreas(store);
    app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: APP_VERSION });
    const opened = store;
    const onSettingsChange = (listener: () => void) =>
      opened.onChange((event) => {
        if (event.topics.includes('settings')) listener();
      });
    stopTheme = followTheme(nativeTheme, () => getSettings(opened).theme, onSettingsChange);
    stopMenu = installAppMenu({
      Menu,
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: PRODUCT_NAME,
      send: sendCommand,
      readLanguage: () => getSettings(opened).language,
      onSettingsChange,
    });
    createWindow();
    // Windows and Linux: a double-clicked bundle starts the app with its path
    opener.open(bundlePathsFromArgv(process.argv, process.cwd(), app.getAppPath()));
  } catch (err) {
    fail(err);
  }
}

function boot(): Promise<void> {
  // Before anything else: the profile folder (also where the single-instance lock lives), the
  // privileged scheme (only possible before 'ready') and the sandbox for every renderer.
  app.setPath('userData', defaultDataDir());
  registerAppScheme(protocol);
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }

  // macOS: a double-clicked bundle, also the one that started the app (then before 'ready')
  app.on('open-file', (event, file) => {
    event.preventDefault();
    opener.open([file]);
    if (store && !mainWindow) createWindow();
  });
  // Windows and Linux: a bundle double-clicked while the app runs starts a second instance, which quits
  app.on('second-instance', (_event, argv, workingDirectory) => {
    opener.open(bundlePathsFromArgv(argv, workingDirectory, app.getAppPath()));
    if (!mainWindow) {
      if (store) createWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents (the window and anything it might try to open) gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    stopMenu?.();
    stopMenu = null;
    stopTheme?.();
    stopTheme = null;
    stopAreas?.();
    stopAreas = null;
    store?.close();
    store = null;
  });

  return app.whenReady().then(start);
}

/** Settles when startup is done (or has failed and shown its error); for tests. */
export const started: Promise<void> = boot();
