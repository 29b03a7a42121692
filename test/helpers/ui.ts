import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from './app-server.ts';

/** Opens the app like a user with the printed address; fails the test on any page error. */
export async function openApp(browser: Browser, app: RunningApp): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  await page.goto(app.url);
  return page;
}

/** The first-start questions: which country, and the desk's name. */
export async function chooseCountry(page: Page, code: string, label = `Desk ${code} — ${Math.random().toString(36).slice(2, 6)}`): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await page.getByLabel(/^Country/).selectOption(code);
  await page.getByLabel(/^Name of this desk/).fill(label);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Calls the core through browser mode's door, as the page does. */
export async function rpc<T>(app: RunningApp, channel: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${app.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': app.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.data;
}

/** Changes a person's position on the People page, and waits until the list shows it. */
export async function editPersonTitle(page: Page, person: string, title: string): Promise<void> {
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByRole('list', { name: 'People' }).getByText(person).click();
  await page.getByLabel('Position').fill(title);
  await page.getByRole('button', { name: 'Save' }).click();
  // the list shows the new position once it is saved (a "Saved" toast may be an older one)
  await page.getByRole('list', { name: 'People' }).getByText(title, { exact: true }).waitFor();
}

/**
 * Waits until the page has no call to the core in flight (for a quarter of a second) and has
 * painted: hash navigation has no load event to wait for.
 */
export function idleTracker(page: Page): () => Promise<void> {
  let inflight = 0;
  let last = Date.now();
  const isRpc = (url: string) => url.includes('/rpc/');
  page.on('request', (r) => isRpc(r.url()) && (inflight++, (last = Date.now())));
  const done = (r: { url(): string }) => isRpc(r.url()) && (inflight--, (last = Date.now()));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const start = Date.now();
    while (Date.now() - start < 10_000 && (inflight > 0 || Date.now() - last < 250)) await page.waitForTimeout(50);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
}
