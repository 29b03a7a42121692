import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp.ts';
import {
  APP_URL,
  createAppRequestHandler,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isTrustedSender,
  registerAppScheme,
  resolveAppFile,
  secureWebPreferences,
} from '../../electron/security.ts';

// security.ts takes the Electron objects it configures; 'electron' itself is mocked so that nothing
// here can reach for the binary.
vi.mock('electron', () => ({}));

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    /** emits a navigation-like event; true when some listener prevented it */
    prevented(event: string, url: string): boolean {
      const preventDefault = vi.fn();
      const list = listeners.get(event) ?? [];
      expect(list.length, `a listener for ${event}`).toBeGreaterThan(0);
      for (const l of list) l({ url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}

const FOREIGN_URLS = [
  'https://evil.example/',
  'http://evil',
  'http://127.0.0.1:8080/rpc/app.info',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'app://evil/index.html',
  'app://desk.evil/index.html',
  'app://desk@evil/index.html',
  'APP://evil/',
  'not a url',
  '',
];

describe('webPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every window', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
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
    });
  });

  it('turns off middle-click (Auxclick) and turns on no Blink feature', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs.disableBlinkFeatures?.split(',')).toContain('Auxclick');
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('main.ts gives its window exactly these settings (it writes them out for static checkers)', () => {
    // the literal in main.ts, read back from the source; electron-main.test.ts also compares what the window receives
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/main.ts'), 'utf8');
    const literal = /webPreferences: \{([\s\S]*?)\n {4}\},/.exec(source)?.[1] ?? '';
    const keys = [...literal.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]);
    expect(keys.sort()).toEqual(Object.keys(secureWebPreferences('x')).sort());
    expect(source).not.toMatch(/webPreferences:\s*secureWebPreferences/);
  });
});

describe('app:// scheme', () => {
  it('is registered standard and secure, but neither corsEnabled nor bypassCSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [[{ scheme: string; privileges: Record<string, boolean> }[]]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0].scheme).toBe('app');
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0].privileges.corsEnabled).toBeFalsy();
    expect(schemes[0].privileges.bypassCSP).toBeFalsy();
    expect(APP_URL).toBe('app://desk/index.html');
  });

  it('isAppUrl accepts our own URLs only', () => {
    expect(isAppUrl('app://desk/index.html')).toBe(true);
    expect(isAppUrl('app://desk/index.html#/people/1')).toBe(true);
    for (const url of FOREIGN_URLS) expect(isAppUrl(url), url).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('web contents', () => {
  it('denies navigation away from the app and allows it inside', () => {
    const wc = fakeWebContents();
    hardenWebContents(wc.contents, { openExternal: vi.fn(async () => undefined) });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of FOREIGN_URLS) expect(wc.prevented(event, url), `${event} ${url}`).toBe(true);
      expect(wc.prevented(event, 'app://desk/index.html')).toBe(false);
      expect(wc.prevented(event, 'app://desk/index.html#/institutions')).toBe(false);
    }
  });

  it('never attaches a <webview>', () => {
    const wc = fakeWebContents();
    hardenWebContents(wc.contents, { openExternal: vi.fn(async () => undefined) });
    expect(wc.prevented('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies every new window; only http(s) links go to the system browser', () => {
    const openExternal = vi.fn(async () => undefined);
    const wc = fakeWebContents();
    hardenWebContents(wc.contents, { openExternal });

    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://desk/index.html',
      'data:text/html,hi',
      'mailto:nfp@example.org',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox',
      'not a url',
      '',
    ]) {
      expect(wc.open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();

    expect(wc.open('http://evil')).toEqual({ action: 'deny' });
    expect(wc.open('https://www.cbd.int/gbf/targets/3')).toEqual({ action: 'deny' });
    expect(wc.open('  HTTPS://Example.org/a b')).toEqual({ action: 'deny' });
    // opened as URL serialised them, outside the app
    expect(openExternal.mock.calls).toEqual([['http://evil/'], ['https://www.cbd.int/gbf/targets/3'], ['https://example.org/a%20b']]);
  });
});

describe('session', () => {
  function fakeSession() {
    const s = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    hardenSession(s as unknown as Session);
    return s;
  }

  it('answers no to every permission request and check but clipboard text writes', () => {
    const s = fakeSession();
    const request = s.setPermissionRequestHandler.mock.calls[0][0] as (wc: unknown, p: string, cb: (granted: boolean) => void, d: unknown) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const check = s.setPermissionCheckHandler.mock.calls[0][0] as (wc: unknown, p: string, origin: string, d: unknown) => boolean;
    for (const permission of ['media', 'clipboard-read', 'serial', 'hid']) expect(check(null, permission, 'app://desk', {})).toBe(false);
    // the one exception: writing plain text to the clipboard (Copy key)
    expect(check(null, 'clipboard-sanitized-write', 'app://desk', {})).toBe(true);
    const granted = vi.fn();
    request({}, 'clipboard-sanitized-write', granted, {});
    expect(granted).toHaveBeenCalledWith(true);
    const device = s.setDevicePermissionHandler.mock.calls[0][0] as (d: unknown) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://desk' })).toBe(false);
  });

  it('sets our CSP on every response, replacing any other', () => {
    const s = fakeSession();
    const listener = s.webRequest.onHeadersReceived.mock.calls[0][0] as (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: 'app://desk/index.html', responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline'"], 'Content-Type': ['text/html'] } }, callback);
    const headers = callback.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(Object.keys(headers).filter((k) => k.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(headers['Content-Type']).toEqual(['text/html']);

    listener({ url: 'app://desk/assets/x.js' }, callback);
    expect(callback.mock.calls[1][0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('isTrustedSender', () => {
  it('accepts the main frame of our app only', () => {
    expect(isTrustedSender({ url: 'app://desk/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://desk/index.html#/people', parent: null })).toBe(true);
    for (const url of FOREIGN_URLS) expect(isTrustedSender({ url, parent: null }), url).toBe(false);
    // what a file:// build of the same page would look like
    expect(isTrustedSender({ url: 'file:///opt/Synergy%20Desk/resources/app.asar/dist/renderer/index.html', parent: null })).toBe(false);
  });

  it('refuses missing, destroyed and nested frames', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const top = { url: 'app://desk/index.html', parent: null };
    expect(isTrustedSender({ url: 'app://desk/index.html', parent: top } as never)).toBe(false);
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSender(destroyed)).toBe(false);
  });
});

describe('app:// file server', () => {
  let tmp: string;
  let root: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-protocol-'));
    root = path.join(tmp, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>desk</title>');
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppRequestHandler(root)({ url, method });

  it('serves the renderer files with their type and our CSP', async () => {
    for (const url of ['app://desk/', 'app://desk/index.html', 'app://desk/index.html?x=1#/people']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).toContain('<title>desk</title>');
    }
    const js = await get('app://desk/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await get('app://desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses path traversal, other hosts and other methods', async () => {
    const attempts = [
      'app://desk/../secret.txt',
      'app://desk/%2e%2e/secret.txt',
      'app://desk/..%2fsecret.txt',
      'app://desk/assets/..%2f..%2fsecret.txt',
      'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/%2F..%2F..%2Fsecret.txt',
      `app://desk/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
      'app://desk/C:%5cWindows%5cwin.ini',
      'app://desk/index.html%00.js',
      'app://desk/%E0%A4%A',
      'app://desk/assets',
      'app://desk/nothing-here.js',
      'app://evil/index.html',
      'app://desk@evil/index.html',
    ];
    for (const url of attempts) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('TOP SECRET');
    }
    // never a path outside root: '..' and '%2e%2e' are already folded by URL parsing (to a path
    // inside root); encoded slashes and backslashes, NUL and drive colons are refused
    for (const url of attempts) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep), url).toBe(true);
    }
    const refused = [
      'app://desk/..%2fsecret.txt',
      'app://desk/assets/..%2f..%2fsecret.txt',
      'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/%2F..%2F..%2Fsecret.txt',
      'app://desk/C:%5cWindows%5cwin.ini',
      'app://desk/index.html%00.js',
      'app://desk/%E0%A4%A',
      'app://evil/index.html',
    ];
    for (const url of refused) expect(resolveAppFile(root, url), url).toBeNull();
    expect((await get('app://desk/index.html', 'POST')).status).toBe(405);
  });
});
