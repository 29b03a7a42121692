import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { checklistFor } from '../../shared/reference/onboarding.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { pdfText } from '../helpers/pdf.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// My desk and the handover pack in Chromium, as a newly designated CITES Management Authority meets
// them: she says in Settings who uses the desk, finds her two roles on My desk, ticks two items of
// the CITES checklist, opens the handover pack her predecessor left, and prints it to PDF, read
// back with pdftotext.

const e2e = setupE2E(1);
const today = localToday();
const MA_ITEMS = checklistFor('cites:role:ma').length;
const dayText = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

describe('my desk and the handover pack', () => {
  it('shows my roles, ticks the onboarding checklist, and prints the handover pack', async () => {
    const app = e2e.apps[0];
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'CITES Management Authority — Nairobi');
    const baraka = await rpc<{ id: string }>(app, 'people.create', { name: 'Baraka Otieno', email: 'baraka@wildlife.go.ke' });
    const amina = await rpc<{ id: string }>(app, 'people.create', { name: 'Amina Okafor', email: 'amina@wildlife.go.ke' });
    const li = await rpc<{ id: string }>(app, 'people.create', { name: 'Li Wei', email: 'li@museums.go.ke', phone: '+254 20 765 4321' });
    const old = await rpc<{ id: string }>(app, 'designations.create', { personId: baraka.id, roleId: 'cites:role:ma', startDate: '2019-05-01' });
    await rpc(app, 'designations.create', { personId: li.id, roleId: 'cites:role:sa', startDate: '2020-01-01' });
    await rpc(app, 'designations.create', { personId: amina.id, roleId: 'cms:role:nfp', startDate: '2025-03-01' });
    await rpc(app, 'reports.save', { obligationId: 'cites:annual-trade', period: '2025', status: 'drafting', ownerDesignationId: old.id });
    await rpc(app, 'designations.handover', { id: old.id, date: addDays(today, -30), successorId: amina.id });
    await rpc(app, 'actions.save', { title: 'Send the permit statistics to the Secretariat', ownerPersonId: amina.id, due: addDays(today, 14), status: 'open' });

    // before anyone is named, My desk says so and leads to Settings
    await page.getByRole('link', { name: 'My desk' }).click();
    await page.getByRole('heading', { name: 'My desk', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Choose yourself in Settings' }).click();
    await page.getByLabel('Who uses this desk').fill('Amina');
    await page.getByRole('button', { name: 'Amina Okafor' }).click();
    await page.getByText('Chosen: Amina Okafor').waitFor();

    // her two roles, the CITES one handed over to her, with its checklist
    await page.getByRole('link', { name: 'My desk' }).click();
    const cites = page.getByRole('article', { name: 'CITES: Management Authority' });
    await cites.getByText(`0 of ${MA_ITEMS} done`).waitFor();
    await page.getByRole('article', { name: /^CMS: / }).waitFor();
    await page.getByRole('region', { name: 'Reports I own' }).getByText('CITES annual trade report · covering 2025').waitFor();
    await page.getByRole('region', { name: 'My open follow-up actions' }).getByText('Send the permit statistics to the Secretariat').waitFor();
    await cites.getByRole('checkbox', { name: 'Read the handover pack from your predecessor.' }).check();
    await cites.getByRole('checkbox', { name: 'Learn the permit and certificate procedures your authority runs.' }).check();
    await cites.getByText(`2 of ${MA_ITEMS} done`).waitFor();
    await cites.getByText(/done on .* by Amina Okafor/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // the handover pack: predecessor, deadlines (an estimate said to be one), contacts, checklist
    await cites.getByRole('link', { name: /^Handover pack/ }).click();
    await page.getByRole('heading', { name: 'Handover pack — CITES: Management Authority', level: 1 }).waitFor();
    const holders = page.getByRole('region', { name: 'Who holds the role' });
    await holders.getByText('Baraka Otieno').waitFor();
    const deadlines = page.getByRole('region', { name: 'Deadlines' });
    const trade = deadlines.getByRole('row').filter({ hasText: 'CITES annual trade report · covering 2025' });
    await trade.getByText('Held by this role').waitFor();
    await trade.getByText('Estimated').waitFor();
    await page.getByRole('region', { name: 'Contacts' }).getByText('li@museums.go.ke').waitFor();
    await page.getByRole('region', { name: 'Onboarding checklist' }).getByText(`2 of ${MA_ITEMS} done`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-handover-pack.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(e2e.shots, 'e2e-handover-pack.pdf'), pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const words of ['Handover pack — CITES: Management Authority', 'Held before by', 'Baraka Otieno', 'Amina Okafor', 'CITES annual trade report · covering 2025', dayText('2026-10-31'), 'Estimated', 'Li Wei', 'Read the handover pack from your predecessor.'])
      expect(text).toContain(words);
    expect(text).not.toContain('Print');
    expect(text).not.toContain('Back to My desk');
    expect(page.errors).toEqual([]);
  });
});
