import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { idleTracker, openApp, rpc } from '../helpers/ui.ts';

// Axe on every screen, in English and Arabic and in dark mode: the welcome dialog, then the sample
// country (which fills every area) page by page — each entry of the navigation and the views inside
// the pages. Every serious or critical violation is collected with the screen it was found on, and
// the test asserts once at the end, so one run names every defect.

const e2e = setupE2E(1);


interface Screen {
  name: string;
  hash: string;
  /** after the hash is set: a click that opens a view kept in the page's state */
  then?: (page: Page) => Promise<void>;
}

describe('accessibility of every screen', () => {
  it('has no serious or critical axe violations in English, in Arabic and in dark mode', async () => {
    const started = Date.now();
    const app = e2e.apps[0];
    const page = await openApp(e2e.browser, app);
    const settle = idleTracker(page);
    const found: string[] = [];
    const check = async (screen: string) => {
      for (const v of await seriousViolations(page)) {
        found.push(`${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`);
      }
    };
    const checkDirection = async (screen: string) => {
      const doc = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
      if (doc.dir !== 'rtl' || doc.lang !== 'ar') found.push(`${screen}: the document is dir="${doc.dir}" lang="${doc.lang}", not dir="rtl" lang="ar"`);
    };
    const setLanguage = async (language: string) => {
      await rpc(app, 'settings.update', { language });
      await page.reload();
      await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
      await settle();
    };

    // the first start: the welcome dialog, in both languages
    for (const language of ['en', 'ar']) {
      await setLanguage(language);
      await page.getByRole('dialog').waitFor();
      if (language === 'ar') await checkDirection('[ar] welcome dialog');
      await check(`[${language}] welcome dialog`);
    }

    await rpc(app, 'sample.load', {});
    const year = new Date().getFullYear();
    const [person] = (await rpc<{ items: { id: string; name: string }[] }>(app, 'people.list', { query: 'Amina Diallo' })).items;
    const [institution] = (await rpc<{ items: { id: string }[] }>(app, 'institutions.list', {})).items;
    const nt3 = (await rpc<{ id: string; code: string }[]>(app, 'targets.list', {})).find((x) => x.code === 'NT3')!;
    const [cbdNfp] = await rpc<{ id: string }[]>(app, 'designations.list', { roleId: 'cbd:role:nfp' });
    const viewButton = (n: number) => async (p: Page) => {
      await p.locator('.reporting').waitFor();
      await p.locator('.toolbar .segmented button').nth(n).click();
    };
    const subViews: Screen[] = [
      { name: 'focal points: CITES', hash: '#/focal-points/cites' },
      { name: 'focal points: by institution', hash: '#/focal-points/institutions' },
      { name: 'focal points: coordination matrix', hash: '#/focal-points/matrix' },
      { name: 'focal points: directory import and export', hash: '#/focal-points/directory' },
      { name: 'targets: a national target with its progress and data', hash: `#/targets/${nt3.id}` },
      { name: 'targets: new target', hash: '#/targets/new' },
      { name: 'targets: crosswalk matrix', hash: '#/targets/matrix' },
      { name: 'targets: coverage', hash: '#/targets/coverage' },
      { name: 'reporting: a report open', hash: `#/reporting/cites:annual-trade__${year - 1}`, then: (p: Page) => p.locator('.report-panel').waitFor() },
      { name: 'reporting: timeline', hash: '#/reporting', then: viewButton(1) },
      { name: 'reporting: month', hash: '#/reporting', then: viewButton(2) },
      { name: 'positions: consistency check', hash: '#/positions/check' },
      { name: 'positions: briefing CMS COP16', hash: '#/positions/cms:cop16' },
      ...['actions', 'meetings', 'members', 'decisions'].map((tab) => ({ name: `working group: ${tab}`, hash: `#/working-group/${tab}` })),
      {
        name: 'working group: decisions of CMS COP15',
        hash: '#/working-group/decisions',
        then: async (p: Page) => void (await p.locator('#decisions-meeting').selectOption('cms:cop15')),
      },
      ...['trainings', 'needs'].map((tab) => ({ name: `capacity: ${tab}`, hash: `#/capacity/${tab}` })),
      { name: 'people: a person', hash: `#/people/${person.id}` },
      { name: 'people: new person', hash: '#/people/new' },
      { name: 'institutions: an institution', hash: `#/institutions/${institution.id}` },
      { name: 'drafts: who draws on what', hash: '#/drafts' },
      { name: 'drafts: CBD 7th national report', hash: '#/drafts/cbd:national-report__7' },
      { name: 'drafts: CMS national report', hash: '#/drafts/cms:national-report__cms:cop15' },
      // the handover pack of a designation (reached from My desk and the role's card)
      { name: 'handover pack: CBD national focal point', hash: `#/handover/${cbdNfp.id}` },
    ];

    const tour = async (label: string) => {
      await page.evaluate(() => (window.location.hash = '#/home'));
      await settle();
      await page.locator('.sample-banner').waitFor();
      // every entry of the navigation (a new one is included by itself)
      const nav = await page
        .getByRole('navigation')
        .first()
        .locator('a.nav-link')
        .evaluateAll((links) => links.map((a) => ({ hash: a.getAttribute('href')!, name: (a.firstChild?.textContent ?? a.textContent ?? '').trim() })));
      expect(nav.length).toBeGreaterThan(8);
      const screens: Screen[] = [...nav.map((n) => ({ name: `${n.name} (${n.hash})`, hash: n.hash })), ...subViews];
      for (const screen of screens) {
        await page.evaluate((h) => (window.location.hash = h), screen.hash);
        await settle();
        await page.locator('#main h1').first().waitFor();
        if (screen.then) {
          await screen.then(page);
          await settle();
        }
        const name = `[${label}] ${screen.name}`;
        if (label.startsWith('ar')) await checkDirection(name);
        // a screen that failed to load would pass axe without showing anything
        for (const text of await page.locator('.load-error').allTextContents()) found.push(`${name}: shows a load error instead of its content: ${text}`);
        await check(name);
      }
    };

    for (const language of ['en', 'ar']) {
      await setLanguage(language);
      await tour(language);
    }
    // dark mode ("As the system" follows the browser); colour contrast differs
    await page.emulateMedia({ colorScheme: 'dark' });
    await setLanguage('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await tour('en dark');
    await page.emulateMedia({ colorScheme: 'light' });

    process.stdout.write(`a11y: ${found.length} violations, ${Math.round((Date.now() - started) / 1000)} s\n`);
    expect(found, found.join('\n')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 600_000);
});
