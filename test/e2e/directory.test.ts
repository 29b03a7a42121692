import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { CONTACT_HEADER, CONTACT_ROWS } from '../fixtures/contact-list.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// A new user brings the contact list they keep, in the shape InforMEA and the secretariats publish,
// imports it, says what the one unknown role means, finds everyone with every hat in the registry,
// hands a role over the next day, and sends the directory on in French to a desk that reads it in Chinese.

const e2e = setupE2E(2);

// Amina Okafor twice (CBD, then Cartagena), Grace Wanjiru for CMS and AEWA, Mwangi with a role no list defines, and a CITES MA
const ROWS = [CONTACT_ROWS[0], CONTACT_ROWS[1], CONTACT_ROWS[3], CONTACT_ROWS[7], ['KE', 'Mr', 'Joseph', 'Kamau', 'Management Authority', 'Director', 'Kenya Wildlife Service', '', '', 'jkamau@kws.go.ke', '', '', '1', 'cites']];

describe('the directory as a new user brings their contact list', () => {
  it('imports it, maps the unknown role, keeps every hat, hands over the next day, and re-imports its export in another language', async () => {
    const [app, other] = e2e.apps;
    const file = path.join(e2e.files, 'contacts.csv');
    fs.writeFileSync(file, Papa.unparse([CONTACT_HEADER, ...ROWS]));
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'CBD NFP — Ministry of Environment');
    await rpc(app, 'membership.set', { instrumentId: 'cites', status: 'party' });

    await page.getByRole('link', { name: /Focal points/ }).click();
    await page.getByRole('link', { name: 'Import and export' }).click();
    await page.getByLabel('Choose a file').setInputFiles(file);
    await page.getByTestId('directory-totals').waitFor();
    await page.getByText('Second role for Amina Okafor (row 2)').waitFor();
    const unknown = page.getByRole('region', { name: 'Values the desk does not recognise' });
    await unknown.getByText('Chief Whale Counter', { exact: true }).first().waitFor();
    await unknown.getByLabel('What “Chief Whale Counter” means').selectOption('cites:role:enforcement');
    await unknown.getByText(/still to choose/).waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-directory-contacts.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import 5 rows' }).click();
    await page.getByText(/^Imported: 4 people added/).waitFor();

    // every hat, in the registry
    const hats = (await rpc<{ personName: string; roleId: string; instrumentId: string | null; startDate: string | null }[]>(app, 'designations.list', {})).map(
      (d) => `${d.personName}: ${d.roleId}${d.instrumentId && !d.roleId.startsWith(d.instrumentId) ? ` @${d.instrumentId}` : ''}`,
    );
    expect(hats.sort()).toEqual([
      'Amina Okafor: cbd:role:cpb-nfp @cbd:cartagena',
      'Amina Okafor: cbd:role:nfp',
      'Grace Wanjiru: cms:role:instrument-nfp @cms:aewa',
      'Grace Wanjiru: cms:role:nfp',
      'Joseph Kamau: cites:role:ma',
      'Mwangi: cites:role:enforcement',
    ]);
    await page.evaluate(() => (window.location.hash = '#/focal-points/cites'));
    const ma = page.getByRole('article', { name: /^Management Authority/ });
    await ma.getByText('start not known').waitFor();

    // the next day, Joseph Kamau hands over to someone not yet in the desk
    const day = addDays(localToday(), 1);
    await ma.getByRole('button', { name: 'Hand over' }).click();
    const handover = ma.getByRole('form', { name: /^Hand over Management Authority/ });
    await handover.getByLabel('Successor', { exact: true }).fill('Daniel Kiprono');
    await handover.getByRole('button', { name: 'Add “Daniel Kiprono” as a new person' }).click();
    await handover.getByText('Chosen: Daniel Kiprono').waitFor();
    await handover.getByLabel(/Successor's first day/).fill(day);
    await handover.getByRole('button', { name: 'Hand over' }).click();
    await page.getByText('Management Authority handed over to Daniel Kiprono').waitFor();
    // the successor shows as coming, from their first day
    await ma.getByRole('button', { name: 'Daniel Kiprono' }).waitFor();
    const after = await rpc<{ personName: string; startDate: string | null; endDate: string | null }[]>(app, 'designations.list', { roleId: 'cites:role:ma', includeEnded: true });
    expect(after.map((d) => [d.personName, d.startDate, d.endDate]).sort()).toEqual([
      ['Daniel Kiprono', day, null],
      ['Joseph Kamau', null, localToday()],
    ]);

    // the directory in French goes to a desk that works in Chinese
    const fr = await rpc<{ fileName: string; dataBase64: string }>(app, 'directory.export', { format: 'xlsx', language: 'fr' });
    await rpc(other, 'settings.update', { language: 'zh', country: 'KE', deviceLabel: '生物多样性 — 环境部' });
    const preview = await rpc<{ mapping: (string | null)[]; unmatched: unknown[]; rows: { designations: unknown[] }[] }>(other, 'directory.preview', { fileName: fr.fileName, dataBase64: fr.dataBase64 });
    expect(preview.mapping.filter((t) => t === null)).toEqual([]);
    expect(preview.unmatched).toEqual([]);
    expect(preview.rows.flatMap((r) => r.designations)).toHaveLength(6);
    expect(page.errors).toEqual([]);
  });

  it('shows English titles whole in the Arabic targets list', async () => {
    const [app] = e2e.apps;
    await rpc(app, 'targets.create', { code: 'NT3', title: 'Protect 30% of land and sea (Target 3, GBF)' });
    await rpc(app, 'settings.update', { language: 'ar' });
    const page = await openApp(e2e.browser, app);
    await page.evaluate(() => (window.location.hash = '#/targets'));
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-targets-ar.png'), fullPage: true });
    const list = page.getByRole('list', { name: 'الغايات الوطنية' });
    const title = list.getByText('NT3 — Protect 30% of land and sea (Target 3, GBF)');
    await title.waitFor();
    await expect(title.getAttribute('dir')).resolves.toBe('auto');
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-targets-ar.png'), fullPage: true });
    await rpc(app, 'settings.update', { language: 'en' });
  });
});
