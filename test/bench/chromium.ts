import type { Page } from 'playwright-core';
import { startApp } from '../helpers/app-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { longTasksDuring } from './stats.ts';

/** Browser mode on the store in `dir`, one page in Debian's Chromium, ready at the navigation. */
export async function inChromium<T>(dir: string, run: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  const app = await startApp(dir);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    await page.getByRole('navigation').waitFor();
    // the first screen (what needs attention) has loaded before the user acts
    await page.waitForLoadState('networkidle');
    return await run(page);
  } finally {
    await app.stop();
    await browser.close();
  }
}

/** How long an action takes until it is done on screen, and the main-thread long tasks meanwhile. */
export async function timedInPage(page: Page, action: () => Promise<void>): Promise<{ ms: number; longTasksMs: number[] }> {
  let ms = 0;
  const longTasksMs = await longTasksDuring(page, async () => {
    const t0 = performance.now();
    await action();
    ms = Math.round(performance.now() - t0);
  });
  return { ms, longTasksMs };
}
