import type { Browser } from 'playwright-core';
import { startApp } from '../helpers/app-server.ts';

export interface BrowserStart {
  serverReadyMs: number;
  firstInteractiveScreenMs: number;
  peopleListMs: number;
}

/**
 * Start to first interactive screen, as a user starts browser mode: spawn the server on the store
 * in `dir` (prebuilt, as npm start runs it, or from the TypeScript sources), open the page, wait for
 * the home screen's items, then for rows of the people list.
 */
export async function browserStart(browser: Browser, dir: string, prebuilt: boolean): Promise<BrowserStart> {
  const t0 = performance.now();
  const app = await startApp(dir, [], { prebuilt });
  const serverReadyMs = performance.now() - t0;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await page.locator('.attention-item').first().waitFor();
  const firstScreenMs = performance.now() - t0;
  await page.evaluate(() => (window.location.hash = '#/people'));
  await page.getByRole('list', { name: 'People' }).getByRole('button').first().waitFor();
  const peopleListMs = performance.now() - t0;
  await page.close();
  await app.stop();
  return { serverReadyMs: Math.round(serverReadyMs), firstInteractiveScreenMs: Math.round(firstScreenMs), peopleListMs: Math.round(peopleListMs) };
}
