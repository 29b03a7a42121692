import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// A new user's first steps and the desk's desktop conventions, in Chromium on browser mode: the
// sample country loaded from the first screen and removed again (the own store as before), a
// backup made, previewed and restored, dark mode, the keyboard shortcuts, a file dropped anywhere.

const e2e = setupE2E(1);

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/octet-stream' }));
      document.querySelector('#main h1')!.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.querySelector('#main h1')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, content],
  );
}

describe('a new user at the desk', () => {
  it('explores the sample country from the first screen and removes it; the own desk is as before', async () => {
    const app = e2e.apps[0];
    const dumpBefore = JSON.stringify(await rpc(app, 'app.dump'));
    const page = await openApp(e2e.browser, app);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Synergy Desk' });
    await welcome.getByRole('button', { name: 'Load the sample country' }).click();
    const banner = page.getByRole('region', { name: 'Sample country', exact: true });
    await banner.getByText('You are exploring Republic of Verdania, a fictional sample country.').waitFor();
    await expect(welcome.count()).resolves.toBe(0);
    // the home screen shows the sample's work; each page carries the banner
    await page.getByRole('region', { name: /^Overdue/ }).getByText('Review the CITES shark position', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-sample-home.png'), fullPage: true });
    // every kind of item leads where it is fixed: the address its link names, with that page's heading
    const { items } = await rpc<{ items: { kind: string; link: { area: string; id: string | null } }[] }>(app, 'attention.list', { today: new Date().toISOString().slice(0, 10) });
    const firstOfKind = [...new Map(items.map((i) => [i.kind, i])).values()];
    expect(firstOfKind.length).toBeGreaterThanOrEqual(8);
    for (const item of firstOfKind) {
      await page.getByRole('link', { name: /^Needs attention/ }).click();
      const href = `#/${item.link.area}${item.link.id ? `/${item.link.id}` : ''}`;
      await page.locator(`.attention-item a[href="${href}"]`).first().click();
      await expect.poll(() => page.evaluate(() => window.location.hash), { message: item.kind }).toBe(href);
      await expect.poll(() => page.locator('#main h1').first().textContent(), { message: item.kind }).not.toBe('What needs attention');
    }
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByText('Amina Diallo').first().waitFor();
    await banner.waitFor();
    // Settings names the sample's fictional country rather than asking for one
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect.poll(() => page.getByLabel('Country', { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Republic of Verdania (sample)');

    await banner.getByRole('button', { name: 'Remove the sample and return to my desk' }).click();
    await page.getByRole('dialog', { name: 'Welcome to Synergy Desk' }).waitFor();
    await expect(banner.count()).resolves.toBe(0);
    expect(JSON.stringify(await rpc(app, 'app.dump'))).toBe(dumpBefore);
    expect(page.errors).toEqual([]);
  });

  it('makes a backup, previews it and restores it; switches to dark mode; uses the shortcuts and drops a file', async () => {
    const app = e2e.apps[0];
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'Backups desk');
    await rpc(app, 'people.create', { name: 'Kept Person' });

    // Ctrl+, opens Settings (browser mode takes the shortcut)
    await page.keyboard.press('Control+Comma');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backed up/).waitFor();
    await rpc(app, 'people.create', { name: 'Added After' });

    await backups.getByRole('row').filter({ hasText: 'Made by you' }).getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'What this backup holds' });
    await preview.getByText('Backups desk').waitFor();
    await preview.getByText(/^1 (person|people)/i).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-backup-preview.png'), fullPage: true });
    page.once('dialog', (d) => void d.accept());
    await preview.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText(/^Restored the backup made on/).waitFor();
    const names = (await rpc<{ items: { name: string }[] }>(app, 'people.list')).items.map((p) => p.name);
    expect(names).toEqual(['Kept Person']);
    await backups.getByRole('row').filter({ hasText: 'Before restoring a backup' }).waitFor();

    // dark mode, chosen in Settings; kept after a reload
    await page.getByRole('group', { name: 'Appearance' }).getByRole('button', { name: 'Dark' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(245, 246, 243)');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-settings-dark.png'), fullPage: true });
    // "as the system": follows the colour scheme the browser reports
    await page.getByRole('group', { name: 'Appearance' }).getByRole('button', { name: 'As the system' }).click();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Alt+Shift+N: a new record on the People page
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.locator('#main [data-new-record]').waitFor();
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.getByRole('textbox', { name: /^Full name/ }).first().waitFor();

    // a file that is not a bundle, dropped anywhere: refused, nothing changed
    const before = JSON.stringify(await rpc(app, 'app.dump'));
    await dropFile(page, 'minutes.docx', 'not a bundle');
    await page.getByText('minutes.docx is not a Synergy Desk bundle (.sdbundle or .json). Nothing was changed.').waitFor();
    // a bundle dropped anywhere: previewed on the Exchange page, not imported
    await dropFile(page, 'broken.sdbundle', '{"format": "synergy-desk-bundle"');
    await page.getByRole('heading', { name: 'Exchange', level: 1 }).waitFor();
    await page.getByRole('alert').getByText('The file is not valid JSON; it may be cut short (truncated) or damaged.').waitFor();
    expect(JSON.stringify(await rpc(app, 'app.dump'))).toBe(before);
    expect(page.errors).toEqual([]);
  });

  it('writes and reads date fields as the interface language does, not as the browser does', async () => {
    const app = e2e.apps[0];
    await rpc(app, 'settings.update', { country: 'KE', deviceLabel: 'Bureau', language: 'fr' });
    await rpc(app, 'membership.set', { instrumentId: 'cms', status: 'party', since: '1999-11-01' });
    const page = await openApp(e2e.browser, app);
    await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
    const since = page.getByRole('textbox', { name: /^.*CMS.*: Depuis$/ });
    // French writes day/month/year, whatever the browser's own locale (en-US here)
    await expect(since.inputValue()).resolves.toBe('01/11/1999');
    await since.fill('02/05/2000');
    await expect.poll(async () => (await rpc<{ instrumentId: string; since: string | null }[]>(app, 'membership.list')).find((m) => m.instrumentId === 'cms')?.since).toBe('2000-05-02');
    // a text that is not a day is not saved
    await since.fill('31/02/2000');
    await since.blur();
    expect((await rpc<{ instrumentId: string; since: string | null }[]>(app, 'membership.list')).find((m) => m.instrumentId === 'cms')?.since).toBe('2000-05-02');
    expect(page.errors).toEqual([]);
  });
});
