import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORE_SOURCES, isFresh } from '../../bin/fresh.mjs';

// Starts browser mode as a user would (a child process on its own data folder) and waits for
// its "running at" line.

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'sd-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Browser mode's server: built, as npm start runs it, when dist-web is up to date (npm test builds
 * it first), else from the TypeScript sources, so tests see every change at once. `prebuilt`
 * true or false asks for one of them.
 */
export function startApp(dataDir: string, extraArgs: string[] = [], options: { prebuilt?: boolean } = {}): Promise<RunningApp> {
  const prebuilt = options.prebuilt ?? isFresh('dist-web/main.mjs', CORE_SOURCES);
  const entry = prebuilt ? [path.join(ROOT, 'dist-web', 'main.mjs')] : [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'electron/web/main.ts')];
  const child = spawn(process.execPath, [...entry, '--data-dir', dataDir, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`app did not start in time: ${out}${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited (${code}): ${err}`));
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: m[1],
        origin: `http://127.0.0.1:${m[2]}`,
        token: m[3],
        dataDir,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
