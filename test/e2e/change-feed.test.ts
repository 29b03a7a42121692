import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { ROOT } from '../helpers/app-server.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// An open page follows what changes elsewhere — another window, a colleague's bundle imported with
// the CLI — without a reload: the vacancy badge, the targets list, the people list.

const e2e = setupE2E(2);

async function colleagueBundle(name: string): Promise<string> {
  const dir = path.join(e2e.files, 'colleague');
  const store = await openStore(dir);
  const d = createDispatcher(store);
  const r = d.dispatch('people.create', { name });
  const out = d.dispatch('sync.export', {});
  store.close();
  if (!r.ok || !out.ok) throw new Error('could not prepare the bundle');
  const file = path.join(e2e.files, 'colleague.sdbundle');
  fs.writeFileSync(file, out.data.content);
  return file;
}

describe('views follow the change feed', () => {
  it('shows the vacancy badge, a new target and an imported person without a reload', async () => {
    const [app] = e2e.apps;
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.locator('.nav-badge--vacancy').count()).resolves.toBe(0);

    // another window records CITES membership: its two expected roles are vacant
    await rpc(app, 'membership.set', { instrumentId: 'cites', status: 'party' });
    await nav.getByLabel(/vacanc/).waitFor();
    const vacancies = await rpc<{ total: number }>(app, 'focal-points.vacancies', {});
    await expect(nav.locator('.nav-badge--vacancy').textContent()).resolves.toBe(String(vacancies.total));

    await page.getByRole('link', { name: 'NBSAP targets' }).click();
    await rpc(app, 'targets.create', { code: 'NT7', title: 'Restore degraded wetlands' });
    await page.getByRole('list', { name: 'National targets' }).getByText('Restore degraded wetlands').waitFor();

    await page.getByRole('link', { name: 'People' }).click();
    const file = await colleagueBundle('Achieng Odhiambo');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/synergy-desk.mjs'), 'bundle', 'import', file, '--data-dir', app.dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    await page.getByRole('list', { name: 'People' }).getByText('Achieng Odhiambo').waitFor({ timeout: 5000 });

    await expect(page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-change-feed.png') });
    expect(page.errors).toEqual([]);
  });

  it('keeps two desks open in one browser signed in, each hearing its own changes', async () => {
    const [a, b] = e2e.apps;
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pa = await context.newPage();
    const pb = await context.newPage();
    await pa.goto(a.url);
    await pb.goto(b.url);
    await pb.getByRole('dialog').waitFor();
    // desk B's session must not have signed desk A out
    await pa.reload();
    await pa.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await pa.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await rpc(a, 'people.create', { name: 'Only On Desk A' });
    await pa.getByRole('list', { name: 'People' }).getByText('Only On Desk A').waitFor();
    await expect(pb.getByText('Only On Desk A').count()).resolves.toBe(0);
    await context.close();
  });
});
