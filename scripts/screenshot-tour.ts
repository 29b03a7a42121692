// npm run shots -- [language …]: starts browser mode on a fresh store, loads the sample country
// (electron/core/sample/data.ts: every area with data), opens every page of the navigation and the
// views inside the pages in Chromium, and saves a screenshot of each to screenshots/<language>/, in
// the light theme (NN.png, home.png …) and in the dark one (NN-dark.png, home-dark.png …).
// For looking at the interface as a user does, in each language (long Russian labels, Arabic RTL,
// Chinese glyphs: Debian's Chromium needs the fonts-noto-cjk package for those).
import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, isLanguage } from '../shared/i18n-languages.ts';
import { startApp, tempDir } from '../test/helpers/app-server.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { idleTracker, openApp, rpc } from '../test/helpers/ui.ts';

const languages = process.argv.slice(2).filter(isLanguage);
const out = path.resolve('screenshots');
const THEMES = ['light', 'dark'] as const;


const app = await startApp(tempDir('sd-shots-'));
const browser = await launchBrowser();
try {
  await rpc(app, 'sample.load', {});
  // a shared sync folder the desk has written to, for the Exchange page's folder card
  await rpc(app, 'syncFolder.set', { path: tempDir('sd-shots-folder-') });
  await rpc(app, 'syncFolder.run', {});
  const nt3Id = (await rpc<{ id: string; code: string }[]>(app, 'targets.list', {})).find((x) => x.code === 'NT3')!.id;
  for (const language of languages.length ? languages : LANGUAGES) {
    await rpc(app, 'settings.update', { language });
    const dir = path.join(out, language);
    fs.mkdirSync(dir, { recursive: true });
    for (const theme of THEMES) {
      const page = await openApp(browser, app);
      const settle = idleTracker(page);
      // the theme "As the system" follows the colour scheme the browser reports
      await page.emulateMedia({ colorScheme: theme });
      await page.waitForFunction((th) => document.documentElement.dataset.theme === th, theme);
      const file = (name: string) => path.join(dir, `${name}${theme === 'dark' ? '-dark' : ''}.png`);
      // the whole page: the window is as tall as the content (it scrolls inside the shell, so fullPage alone would not show it)
      const whole = async (name: string) => {
        const height = await page.evaluate(() => Math.max(document.querySelector('#main')?.scrollHeight ?? 0, window.innerHeight));
        await page.setViewportSize({ width: 1280, height: Math.min(height, 6000) });
        await page.waitForTimeout(100);
        await page.screenshot({ path: file(name) });
        await page.setViewportSize({ width: 1280, height: 900 });
      };
      const shoot = async (hash: string, name: string) => {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await settle();
        await whole(name);
      };
      const links = page.locator('nav.sidebar a.nav-link');
      await links.first().waitFor();
      const count = await links.count();
      for (let i = 0; i < count; i++) {
        await links.nth(i).click();
        await settle();
        await page.screenshot({ path: file(String(i + 1).padStart(2, '0')) });
      }
      // the reporting calendar's other views, and a report open beside the list
      await page.locator('a[href="#/reporting"]').click();
      await page.locator('[data-report]').first().click();
      await settle();
      await whole('reporting-open');
      for (const [n, view] of [[1, 'timeline'], [2, 'month']] as const) {
        await page.locator('.toolbar .segmented button').nth(n).click();
        await settle();
        await whole(`reporting-${view}`);
      }
      // a national target's progress and data, a report draft drawn from them, who draws on what
      await shoot(`#/targets/${nt3Id}`, 'target-progress');
      await page.locator(`[aria-labelledby="progress-${nt3Id}"]`).screenshot({ path: file('target-progress-card') });
      await page.locator(`[aria-labelledby="data-${nt3Id}"]`).screenshot({ path: file('target-data-card') });
      await shoot('#/targets/matrix', 'targets-matrix');
      await shoot('#/targets/coverage', 'targets-coverage');
      await shoot('#/drafts/cbd:national-report__7', 'draft-cbd7');
      await page.locator('.draft-section').nth(2).screenshot({ path: file('draft-cbd7-section3') });
      await shoot('#/drafts/cms:national-report__cms:cop15', 'draft-cms');
      await shoot('#/drafts', 'reuse');
      await shoot('#/positions', 'positions');
      await page.locator('.toolbar .segmented button').nth(1).click();
      await settle();
      await whole('positions-check');
      await shoot('#/sync', 'exchange');
      await page.locator('[aria-labelledby="folder-heading"]').screenshot({ path: file('exchange-folder-card') });
      await shoot('#/home', 'home');
      for (const tab of ['actions', 'meetings', 'members']) await shoot(`#/working-group/${tab}`, `group-${tab}`);
      await shoot('#/working-group/decisions', 'group-decisions');
      await page.locator('#decisions-meeting').selectOption('cms:cop15');
      await settle();
      await whole('group-decisions');
      for (const view of ['institutions', 'matrix', 'directory']) await shoot(`#/focal-points/${view}`, `focal-points-${view}`);
      for (const tab of ['trainings', 'needs']) await shoot(`#/capacity/${tab}`, `capacity-${tab}`);
      const [person] = (await rpc<{ items: { id: string }[] }>(app, 'people.list', { query: 'Amina Diallo' })).items;
      await shoot(`#/people/${person.id}`, 'person');
      const [cbdNfp] = await rpc<{ id: string }[]>(app, 'designations.list', { roleId: 'cbd:role:nfp' });
      await shoot(`#/handover/${cbdNfp.id}`, 'handover-cbd-nfp');
      // the delegation's briefing for CMS COP16, as a page and (once, on paper's white) printed
      await shoot('#/positions/cms:cop16', 'briefing-cms-cop16');
      if (theme === 'light') {
        await page.emulateMedia({ media: 'print' });
        fs.writeFileSync(path.join(dir, 'briefing-cms-cop16.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
        await page.emulateMedia({ media: 'screen' });
      }
      if (page.errors.length) process.stderr.write(`${language} ${theme}: page errors: ${page.errors.join('; ')}\n`);
      process.stdout.write(`${language} ${theme}: ${count} pages and their views → ${path.relative(process.cwd(), dir)}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await app.stop();
}
