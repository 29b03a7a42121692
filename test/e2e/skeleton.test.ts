import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupE2E } from '../helpers/e2e.ts';
import { openApp, rpc } from '../helpers/ui.ts';
import { seriousViolations } from '../helpers/axe.ts';

const e2e = setupE2E();
const app = () => e2e.apps[0];
const openPage = (url: string): Promise<Page> => openApp(e2e.browser, { ...app(), url });

describe('browser mode as a new user meets it', () => {
  it('asks for the country, keeps a person across a restart', async () => {
    const page = await openPage(app().url);
    await page.getByRole('dialog', { name: 'Welcome to Synergy Desk' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Choose a country from the list.').isVisible()).resolves.toBe(true);
    await page.getByLabel(/^Country/).selectOption('KE');
    await page.getByRole('button', { name: 'Continue' }).click();
    // the desk's name is asked too: it is how colleagues tell this desk from theirs
    await expect(page.getByRole('dialog').getByText('This field is required.').isVisible()).resolves.toBe(true);
    await page.getByLabel(/^Name of this desk/).fill('CITES Management Authority — Wildlife Service');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(page.locator('.brand__country').textContent()).resolves.toBe('Kenya');
    await expect(rpc<{ deviceLabel: string }>(app(), 'settings.get', {}).then((s) => s.deviceLabel)).resolves.toBe('CITES Management Authority — Wildlife Service');
    // the first screen is what needs attention
    await page.getByRole('heading', { name: 'What needs attention' }).waitFor();
    await page.getByRole('link', { name: 'People' }).click();

    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByLabel(/Full name/).fill('Wanjiru Mwangi');
    await page.getByLabel('E-mail').fill('wanjiru@');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a valid e-mail address, such as name@ministry.gov.').waitFor();
    await page.getByLabel('E-mail').fill('wanjiru@environment.go.ke');
    await page.getByLabel('Position').fill('CBD national focal point');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('list', { name: 'People' }).getByText('Wanjiru Mwangi').waitFor();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();

    await e2e.restart();
    const again = await openPage(app().url);
    await again.getByRole('link', { name: 'People' }).click();
    await again.getByRole('list', { name: 'People' }).getByText('Wanjiru Mwangi').waitFor();
    await again.getByRole('list', { name: 'People' }).getByText('Wanjiru Mwangi').click();
    await expect(again.getByLabel('Position').inputValue()).resolves.toBe('CBD national focal point');
    await again.close();
  });

  it('speaks Arabic right-to-left after switching in Settings', async () => {
    const page = await openPage(app().url);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Interface language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    const nav = page.getByRole('navigation');
    // the page re-renders in the new language just after the direction flips: wait for it
    await expect.poll(() => nav.textContent()).not.toMatch(/People|Institutions|Settings/);
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/[\u0600-\u06FF]/);
    // the sidebar sits on the right in a right-to-left layout
    const box = await nav.boundingBox();
    expect(box!.x).toBeGreaterThan(600);
    await page.screenshot({ path: 'test-results/e2e-settings-ar.png' });
    // the choice is kept by the store
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByLabel(/.+/).first().waitFor();
    await page.locator('#settings-language').selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.close();
  });

  it('has no serious accessibility violations on its main screens', async () => {
    const page = await openPage(app().url);
    await page.getByRole('heading', { name: 'What needs attention' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('list', { name: 'People' }).getByText('Wanjiru Mwangi').click();
    await page.getByLabel('Position').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Institutions' }).click();
    await page.getByRole('button', { name: 'Add institution' }).click();
    await page.getByLabel(/^Name/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Interface language').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('can be used by keyboard alone', async () => {
    const page = await openPage(app().url);
    await page.getByRole('heading', { name: 'What needs attention' }).waitFor();
    // Tab from the top reaches the skip link, then the navigation
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    // then the navigation, in order: Needs attention, My desk, Focal points, NBSAP targets, Reporting, Positions, Working group, Capacity building, People, Institutions
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Needs attention/);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('My desk');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Focal points/);
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Institutions');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add institution' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).resolves.toBeTruthy();
    await page.getByLabel(/^Name/).focus();
    await page.keyboard.type('Kenya Wildlife Service');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Institutions' }).getByText('Kenya Wildlife Service').waitFor();
    await page.close();
  });
});

describe('browser mode refuses what is not ours', () => {
  it('refuses requests without the token, with a foreign Origin, or a foreign Host', async () => {
    const noToken = await fetch(`${app().origin}/`);
    expect(noToken.status).toBe(401);
    const rpcNoToken = await fetch(`${app().origin}/rpc/people.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(rpcNoToken.status).toBe(401);
    const wrongToken = await fetch(`${app().origin}/rpc/people.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': 'x'.repeat(app().token.length) },
      body: '{}',
    });
    expect(wrongToken.status).toBe(401);
    const foreignOrigin = await fetch(`${app().origin}/rpc/people.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': app().token, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreignOrigin.status).toBe(403);
    const ok = await fetch(`${app().origin}/rpc/people.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': app().token, origin: app().origin },
      body: '{}',
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    const wrongShape = await fetch(`${app().origin}/rpc/people.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': app().token },
      body: JSON.stringify({ name: 42 }),
    });
    expect(await wrongShape.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const page = await openPage(app().url);
    const csp = (await page.request.get(app().url)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    await page.close();
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${app().origin}/?token=${app().token}`, { headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});
