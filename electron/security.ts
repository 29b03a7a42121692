import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol, Session, Shell, WebContents, WebFrameMain, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

// The Electron hardening (DESIGN.md "Security"), as small functions that take the Electron objects
// they configure, so that tests can hand them mocks. Only type imports from 'electron' here.
//
// Where the app comes from: a custom protocol, app://desk/, rather than file://.
// - file:// pages have an opaque ("null") origin: CSP 'self' means little, and a file:// page may
//   load any other file:// URL on the disk (images, frames, scripts), so one injected tag reads the
//   user's files. Our own origin cannot be told apart from any other local file either, which makes
//   the sender and navigation checks below guesswork on paths.
// - app://desk is a real origin (registered standard + secure): CSP 'self', the sender check and the
//   navigation check are an exact scheme + host comparison, and the protocol handler serves only the
//   files under dist/renderer (path traversal refused), so nothing else on the disk is reachable.
// - Not registered corsEnabled (that privilege lets any origin read the scheme's responses) nor
//   bypassCSP; the renderer's module scripts are same-origin, which standard + secure allows.

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Registers app:// as privileged. Must run before app 'ready'. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * The settings of every window we open: isolated, sandboxed, no Node, our preload only, and no
 * middle-click (Auxclick) opening links past the new-window handler. main.ts writes the same object
 * out as a literal, so that a static checker (Electronegativity) reads it; a test keeps them equal.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
  };
}

/** True only for URLs of our own app (app://desk/...), parsed, never matched as text. */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** http(s) links (parsed with URL) go to the system browser; anything else is dropped. */
export function openExternalIfWeb(shell: Pick<Shell, 'openExternal'>, raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // Electronegativity flags every openExternal of a non-constant URL; this one is parsed and http(s) only (tested)
  shell.openExternal(url.href).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

type NavigationEvent = { url: string; preventDefault(): void };

/**
 * Navigation stays inside the app (other URLs are refused, not opened), no new windows (http(s)
 * links open in the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  const guard = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(shell, url);
    return { action: 'deny' };
  });
}

/** Replaces any Content-Security-Policy header (whatever its case) with ours. */
export function withCsp(headers: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Writing plain text to the clipboard (the "Copy key" button); reading it stays refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** Every permission request and check answered no (but writing text to the clipboard); our CSP on every response. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withCsp(details.responseHeaders) }));
}

/**
 * An IPC message is trusted only when it comes from the main frame of a page of our own app. A
 * destroyed frame (its url getter throws) or any subframe is refused.
 */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps an app:// URL to a file under root, or null: foreign URLs, undecodable escapes, NUL,
 * backslashes, drive colons, '..' segments (also encoded ones such as %2e%2e%2f) and anything that
 * resolves outside root are refused.
 */
export function resolveAppFile(root: string, raw: string): string | null {
  if (!isAppUrl(raw)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(raw).pathname);
  } catch {
    return null;
  }
  if (rel === '' || rel === '/') rel = '/index.html';
  if (/[\0\\:]/.test(rel)) return null;
  if (rel.split('/').some((segment) => segment === '..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${rel}`);
  if (!file.startsWith(base + path.sep)) return null;
  return file;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** The app:// handler: GET/HEAD of files under root, with our CSP; everything else refused. */
export function createAppRequestHandler(root: string): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const file = resolveAppFile(root, request.url);
    if (!file) return plain(404, 'not found');
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return plain(404, 'not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** Serves dist/renderer on app://desk/ (after app 'ready'). */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
