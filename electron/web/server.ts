import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../shared/errors.ts';
import type { ChangeEvent } from '../../shared/changes.ts';
import type { Dispatcher } from '../core/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';

// Browser mode: the built renderer and the core's dispatch over HTTP, on 127.0.0.1 only.
// Every request needs this run's token (query on the first page load, then an HttpOnly cookie for
// files and the change feed; the X-Desk-Token header for calls). Host and Origin must be ours (no
// DNS rebinding, no cross-site calls). The cookie is named after the port: cookies do not tell
// ports apart, and two desks open in one browser must not sign each other out.
// GET /events is the change feed as server-sent events: topic names only, never row data.

export const TOKEN_HEADER = 'x-desk-token';
const cookieName = (port: number) => `sd_token_${port}`;
const KEEPALIVE_MS = 25_000;
// a 10 MB directory spreadsheet travels as base64 (about 14 MB) inside the JSON body
const MAX_RPC_BODY = 32 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface WebServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface ChangeFeed {
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/** What the server needs of the core: a call's RpcResult as JSON text (browser mode writes it on the core's thread: core-thread.ts). */
export interface CoreDoor {
  answer(channel: string, input: unknown): Promise<string>;
}

/** The door of a core in this thread (tests, tools). */
export function doorOf(dispatcher: Dispatcher): CoreDoor {
  return { answer: async (channel, input) => JSON.stringify(await dispatcher.invoke(channel, input)) };
}

export interface WebServerOptions {
  /** the core; a promise while it is still opening the store: the page loads meanwhile and its calls wait */
  core: CoreDoor | Promise<CoreDoor>;
  staticDir: string;
  port?: number;
  token?: string;
  /** the store's change feed, pushed to open pages on GET /events (a promise as the dispatcher) */
  changes?: ChangeFeed | Promise<ChangeFeed>;
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

function sendJsonText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: new AppError(code, message).toPayload() });
}

function safeEqual(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage, port: number): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === cookieName(port)) return v;
  }
  return undefined;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new AppError('payload_too_large', `request larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  let port = 0;

  const server = http.createServer(async (req, res) => {
    securityHeaders(res);
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 421, 'bad_host', 'unexpected Host header');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return refuse(res, 403, 'bad_origin', 'cross-origin request refused');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    try {
      if (url.pathname.startsWith('/rpc/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'bad_method', 'use POST');
        const header = req.headers[TOKEN_HEADER];
        if (!safeEqual(Array.isArray(header) ? header[0] : header, token)) return refuse(res, 401, 'bad_token', 'missing or wrong token');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'bad_content_type', 'send application/json');
        const body = await readBody(req, MAX_RPC_BODY);
        let input: unknown;
        try {
          input = body ? JSON.parse(body) : {};
        } catch {
          return refuse(res, 400, 'bad_json', 'the request is not valid JSON');
        }
        const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        return sendJsonText(res, 200, await (await options.core).answer(channel, input));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'bad_method', 'method not allowed');
      const queryToken = url.searchParams.get('token') ?? undefined;
      if (safeEqual(queryToken, token)) {
        res.setHeader('Set-Cookie', `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      } else if (!safeEqual(cookieToken(req, port), token)) {
        return refuse(res, 401, 'bad_token', 'open the address printed at start, with its token');
      }
      if (url.pathname === '/events') return streamChanges(req, res, options.changes);
      return serveStatic(staticRoot, url.pathname, res);
    } catch (err) {
      if (err instanceof AppError) return refuse(res, 413, err.code, err.message);
      return refuse(res, 500, 'internal', 'internal error');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The change feed as server-sent events, until the page goes away. */
async function streamChanges(req: http.IncomingMessage, res: http.ServerResponse, changes: WebServerOptions['changes']): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': synergy desk change feed\n\n');
  let closed = false;
  let stop: (() => void) | undefined;
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  keepalive.unref();
  req.on('close', () => {
    closed = true;
    clearInterval(keepalive);
    stop?.();
  });
  const feed = await changes;
  if (!closed) stop = feed?.onChange((event) => res.write(`data: ${JSON.stringify({ topics: event.topics, external: event.external ?? false })}\n\n`));
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  const ext = path.extname(file);
  res.writeHead(200, {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Cache-Control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(file).pipe(res);
}
