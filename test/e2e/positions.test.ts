import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { pdfText } from '../helpers/pdf.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// National positions in Chromium: a CITES position opposing a shark listing and a CMS position
// supporting a listing of the same species group are shown side by side as inconsistent; aligning
// them clears the flag.

const e2e = setupE2E(1);
const today = localToday();
const dayText = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

describe('positions checked for consistency across conventions', () => {
  it('sees the shark listings inconsistent at CITES and CMS, side by side, and the flag clears when they are aligned', async () => {
    const app = e2e.apps[0];
    await rpc(app, 'meetings.save', { id: 'cites:cop21', start: addDays(today, 200), end: addDays(today, 211), place: 'Geneva' });
    await rpc(app, 'meetings.save', { id: 'cms:cop16', start: addDays(today, 300), end: addDays(today, 306) });
    await rpc(app, 'agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Proposal to list sharks in Appendix I', topicIds: ['sharks-rays', 'species-listings'], taxonGroup: 'sharks-rays' });
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'Working group secretariat');
    await page.getByRole('link', { name: /^Positions/ }).click();

    // the CITES item, recorded through the form, and the country's position against the listing
    await page.getByLabel('Meeting', { exact: true }).selectOption('cites:cop21');
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await page.getByLabel('Item number').fill('85.3');
    await page.getByLabel(/^Title/).fill('Proposal to include oceanic whitetip shark in Appendix I');
    await page.getByLabel('Sharks and rays', { exact: true }).first().check();
    await page.getByLabel('Taxon group').selectOption('sharks-rays');
    await page.getByLabel(/^Species or taxon/).fill('Carcharhinus longimanus');
    await page.getByLabel(/^Documents/).fill('CoP21 Prop. 37 — Oceanic whitetip shark');
    await page.getByRole('button', { name: 'Save agenda item' }).click();
    const citesItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /85\.3/ }) });
    await citesItem.getByRole('button', { name: "Record the country's position" }).click();
    await citesItem.getByLabel(/^Stance/).selectOption('oppose');
    await citesItem.getByLabel('Position', { exact: true }).fill('Oppose: the trade is sustainable under current quotas');
    await citesItem.getByRole('button', { name: 'Save position' }).click();
    await citesItem.getByText('Oppose', { exact: true }).waitFor();

    // the CMS item: the country supports the listing; the meeting shows what must be sent before it
    await page.getByLabel('Meeting', { exact: true }).selectOption('cms:cop16');
    const submissions = page.getByRole('region', { name: 'Submission deadlines before this meeting' });
    await submissions.getByText(new RegExp(`CMS proposals to amend the Appendices — ${dayText(addDays(today, 300 - 150))}`)).waitFor();
    await submissions.getByText(new RegExp(`CMS draft resolutions and decisions — ${dayText(addDays(today, 300 - 60))}`)).waitFor();
    const cmsItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /27\.1/ }) });
    await cmsItem.getByRole('button', { name: "Record the country's position" }).click();
    await cmsItem.getByLabel(/^Stance/).selectOption('support');
    await cmsItem.getByRole('button', { name: 'Save position' }).click();
    await cmsItem.getByText('Support', { exact: true }).waitFor();

    // the consistency view: both positions side by side, and a badge in the navigation
    await page.getByRole('button', { name: /^Consistency/ }).click();
    const flag = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Different stances on the same subject/ }) });
    await flag.getByRole('region', { name: 'CITES COP21' }).getByText('Oppose', { exact: true }).waitFor();
    await flag.getByRole('region', { name: 'CMS COP16' }).getByText('Support', { exact: true }).waitFor();
    await expect(page.getByRole('navigation').locator('a[href="#/positions"] .nav-badge').textContent()).resolves.toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-positions-flag.png'), fullPage: true });

    // aligned: CITES supports with conditions; the flag clears
    await flag.getByRole('button', { name: 'CITES COP21' }).click();
    await citesItem.getByRole('button', { name: 'Change the position' }).click();
    await citesItem.getByLabel(/^Stance/).selectOption('support_conditions');
    await citesItem.getByRole('button', { name: 'Save position' }).click();
    await citesItem.getByText('Support with conditions', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Consistency/ }).click();
    await page.getByText("No inconsistency: the country's positions on the same subjects agree.").waitFor();
    await expect(page.getByRole('navigation').locator('a[href="#/positions"] .nav-badge').count()).resolves.toBe(0);

    // the delegation's briefing for CITES CoP21, printed to PDF and read back with pdftotext
    await page.getByRole('button', { name: 'Meetings and agenda' }).click();
    await page.getByLabel('Meeting', { exact: true }).selectOption('cites:cop21');
    await page.getByRole('link', { name: 'Briefing for this meeting' }).click();
    await page.getByRole('heading', { name: 'Briefing for the delegation: CITES COP21' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(e2e.shots, 'e2e-briefing.pdf'), pdf);
    const text = pdfText(pdf);
    for (const words of ['Briefing for the delegation: CITES COP21', '85.3', 'oceanic whitetip shark', 'Support with conditions', 'CMS COP16', 'Proposal to list sharks in Appendix I', 'CoP21 Prop. 37']) expect(text).toContain(words);
    expect(text).not.toContain('Print');
    expect(page.errors).toEqual([]);
  });
});
