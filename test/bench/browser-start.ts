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

/** `runs` starts in a row, and the one of median first-screen time with every sample (the machine varies by ±100 ms from one start to the next). */
export async function medianBrowserStart(browser: Browser, dir: string, prebuilt: boolean, runs = 5): Promise<BrowserStart & { firstScreenSamplesMs: number[] }> {
  const all: BrowserStart[] = [];
  for (let i = 0; i < runs; i++) all.push(await browserStart(browser, dir, prebuilt));
  const sorted = [...all].sort((a, b) => a.firstInteractiveScreenMs - b.firstInteractiveScreenMs);
  return { ...sorted[Math.floor(runs / 2)], firstScreenSamplesMs: all.map((r) => r.firstInteractiveScreenMs) };
}
