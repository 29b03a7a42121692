import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { startApp, tempDir, type RunningApp } from '../helpers/app-server.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { damageTable } from '../helpers/damage.ts';
import { ok } from '../helpers/desk.ts';
import { openApp, rpc } from '../helpers/ui.ts';

// A large store opens before its content check, which runs in the background. Found damaged: a
// banner on every page says so, nothing more is saved, and Settings → Backups restores the backup
// made before. SYNERGY_DESK_CHECK_AT_OPEN_BYTES=0 makes this small store "large".

let app: RunningApp | null = null;
const dir = tempDir('sd-e2e-health-');
afterAll(async () => {
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a store found damaged after it opened', () => {
  it('shows the banner on every page, refuses edits, and is repaired from a backup in Settings', async () => {
    const store = await openStore(dir);
    const d = createDispatcher(store);
    ok(d.dispatch('settings.update', { country: 'KE', deviceLabel: 'Damaged desk' }));
    for (let i = 0; i < 150; i++) ok(d.dispatch('people.create', { name: `Person ${i}`, notes: 'n'.repeat(300) }));
    ok(await d.invoke('backups.create', {}));
    store.close();
    damageTable(dir, 'person');

    process.env.SYNERGY_DESK_CHECK_AT_OPEN_BYTES = '0';
    try {
      app = await startApp(dir);
    } finally {
      delete process.env.SYNERGY_DESK_CHECK_AT_OPEN_BYTES;
    }
    const browser = await launchBrowser();
    try {
      const page = await openApp(browser, app);
      const banner = page.getByRole('alert', { name: 'The store is damaged' });
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/nothing more is saved/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(path.resolve('test-results'), 'e2e-store-damaged.png'), fullPage: true });
      const refused = await page.evaluate(
        async (token) => (await fetch('/rpc/people.create', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token }, body: JSON.stringify({ name: 'Not saved' }) })).json(),
        app.token,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'store_damaged' } });

      await banner.getByRole('button', { name: 'Open the backups' }).click();
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('backups-heading');
      const backups = page.getByRole('region', { name: 'Backups' });
      await backups.getByRole('row').filter({ hasText: 'Made by you' }).getByRole('button', { name: 'Preview' }).click();
      const preview = page.getByRole('region', { name: 'What this backup holds' });
      await preview.getByText('Damaged desk').waitFor();
      page.once('dialog', (dialog) => void dialog.accept());
      await preview.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByText(/^Restored the backup made on/).waitFor();
      await banner.waitFor({ state: 'detached' });
      expect((await rpc<{ total: number }>(app, 'people.list')).total).toBe(150);
      await rpc(app, 'people.create', { name: 'Saved again' });
      expect(page.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
