import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startApp, tempDir, type RunningApp } from '../helpers/app-server.ts';
import { launchBrowser } from '../helpers/browser.ts';

// npm start runs browser mode from prebuilt files (dist-web/main.mjs, built by npm run build:web;
// npm test builds it first), not from TypeScript compiled on the fly: the same desk, started so.

const BUILT = path.join(ROOT, 'dist-web', 'main.mjs');
let app: RunningApp | null = null;

afterAll(async () => {
  await app?.stop();
});

describe('browser mode from prebuilt files', () => {
  it('starts from dist-web without TypeScript and serves the desk', async () => {
    expect(fs.existsSync(BUILT), 'run npm run build:web first (npm test does)').toBe(true);
    // nothing of ours is compiled at run time: the server file is plain JavaScript, importing only packages
    const source = fs.readFileSync(BUILT, 'utf8');
    expect(source).not.toMatch(/from ['"](\.\.?\/)[^'"]+\.ts['"]/);
    // the server's thread serves at once: the core (SQLite, the contracts' schemas) is in core.mjs, loaded by its own thread
    expect(source).not.toMatch(/from ['"]better-sqlite3['"]/);
    expect(fs.existsSync(path.join(ROOT, 'dist-web', 'core.mjs'))).toBe(true);
    const dir = tempDir('sd-prebuilt-');
    app = await startApp(dir, [], { prebuilt: true });
    expect(app.process.spawnargs.some((a) => a.endsWith('.ts'))).toBe(false);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(app.url);
      await page.getByRole('dialog', { name: 'Welcome to Synergy Desk' }).waitFor();
      // the first screen is one script (and the bundler's runtime), and its first reads left before the page had loaded
      const start = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          // the scripts the page asked for before it had loaded: the first screen's
          scripts: entries.filter((e) => e.name.endsWith('.js') && e.startTime < nav.domContentLoadedEventEnd).map((e) => e.name),
          settingsAskedAt: entries.find((e) => e.name.endsWith('/rpc/settings.get'))?.startTime ?? Infinity,
          loadedAt: nav.domContentLoadedEventEnd,
        };
      });
      expect(start.scripts.length, start.scripts.join(' ')).toBeLessThanOrEqual(2);
      // the contracts' schemas (zod) are not in it: they load once the first screen is up
      for (const script of start.scripts) {
        const text = fs.readFileSync(path.join(ROOT, 'dist', 'renderer', new URL(script).pathname), 'utf8');
        expect(text, script).not.toContain('_zod');
      }
      expect(start.settingsAskedAt).toBeLessThan(start.loadedAt);
      const info = await page.evaluate(async (token) => (await fetch('/rpc/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token }, body: '{}' })).json(), app.token);
      expect(info).toMatchObject({ ok: true, data: { dataDir: dir } });
    } finally {
      await browser.close();
    }
  });
});
