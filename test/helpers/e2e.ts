import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApp, tempDir, type RunningApp } from './app-server.ts';
import { launchBrowser } from './browser.ts';

// The one setup of every end-to-end file: Debian's Chromium and N browser-mode desks, each on its
// own data folder, started before the file's tests and stopped (folders removed) after them.

export interface E2E {
  browser: Browser;
  /** the desks, in order; a test may restart one (restart keeps its folder) */
  apps: RunningApp[];
  dirs: string[];
  /** a folder for files the tests download or write */
  files: string;
  /** where screenshots go (test-results/) */
  shots: string;
  restart(i?: number): Promise<RunningApp>;
}

export function setupE2E(desks = 1): E2E {
  const ctx = {
    apps: [] as RunningApp[],
    dirs: Array.from({ length: desks }, (_, i) => tempDir(`sd-e2e-${i}-`)),
    files: tempDir('sd-e2e-files-'),
    shots: path.resolve('test-results'),
  } as E2E;
  ctx.restart = async (i = 0) => {
    await ctx.apps[i].stop();
    ctx.apps[i] = await startApp(ctx.dirs[i]);
    return ctx.apps[i];
  };
  beforeAll(async () => {
    ctx.browser = await launchBrowser();
    ctx.apps = await Promise.all(ctx.dirs.map((d) => startApp(d)));
  });
  afterAll(async () => {
    await Promise.all(ctx.apps.map((a) => a.stop()));
    await ctx.browser?.close();
    for (const d of [...ctx.dirs, ctx.files]) fs.rmSync(d, { recursive: true, force: true });
  });
  return ctx;
}
