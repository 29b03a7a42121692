import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/days.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// The reporting calendar as a working group's secretary uses it, in Chromium: the CITES annual
// report due on 31 October, marked submitted with the Secretariat's reference, leaves the overdue
// list and the badge; a colleague's desk gets the status and a corrected meeting from a bundle.

const e2e = setupE2E(2);
const today = localToday();
const year = Number(today.slice(0, 4));
// the latest 31 October that has passed: the annual trade report it closed is overdue until submitted
const dueYear = today > `${year}-10-31` ? year : year - 1;
const title = `CITES annual trade report · covering ${dueYear - 1}`;
const dueText = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${dueYear}-10-31T00:00:00Z`));

const badge = async (page: Page) => Number((await page.getByRole('navigation').locator('a[href="#/reporting"] .nav-badge').textContent()) ?? '0');

async function fullBundle(page: Page, file: string): Promise<string> {
  await page.getByRole('link', { name: 'Exchange' }).click();
  await page.getByLabel('Everything (a full bundle)').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Create bundle' }).click()]);
  const target = path.join(e2e.files, file);
  await download.saveAs(target);
  return target;
}

describe('the reporting calendar in the browser', () => {
  it('marks the overdue CITES annual report submitted: it leaves the overdue list, the badge drops, and a colleague agrees after a bundle', async () => {
    for (const instrumentId of ['cites', 'cms']) await rpc(e2e.apps[0], 'membership.set', { instrumentId, status: 'party' });
    const page = await openApp(e2e.browser, e2e.apps[0]);
    await chooseCountry(page, 'KE', 'Working group secretariat');
    await page.getByRole('link', { name: /^Reporting/ }).click();
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    const row = overdue.getByRole('listitem').filter({ has: page.getByRole('button', { name: title }) });
    await expect(row.locator('.deadline__due').textContent()).resolves.toBe(dueText);
    const badgeBefore = await badge(page);
    const overdueBefore = await overdue.getByRole('listitem').count();
    expect(badgeBefore).toBe(overdueBefore);
    expect(await seriousViolations(page)).toEqual([]);

    // open it, mark it submitted with the Secretariat's reference
    await row.getByRole('button', { name: title }).click();
    const panel = page.getByRole('complementary', { name: title });
    await panel.getByLabel('Status').selectOption('submitted');
    // today, written as the interface language (English) writes a day: month/day/year
    const [y, m, d] = today.split('-');
    await expect(panel.getByLabel(/^Submitted on/).inputValue()).resolves.toBe(`${m}/${d}/${y}`);
    await panel.getByLabel("Secretariat's reference").fill('CITES-AR-KE-0117');
    await panel.getByRole('button', { name: 'Save progress' }).click();
    await page.getByRole('region', { name: /^Submitted/ }).getByRole('button', { name: title }).waitFor();
    await expect.poll(() => overdue.getByRole('listitem').count()).toBe(overdueBefore - 1);
    await expect.poll(() => badge(page)).toBe(badgeBefore - 1);
    await panel.getByText(/History \(\d+ changes?\)/).click();
    await panel.getByText(/Status: Submitted/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-reporting-submitted.png'), fullPage: true });

    // the timeline shows it submitted; the secretary corrects CMS COP15's dates
    await page.getByRole('button', { name: 'Timeline' }).click();
    const mark = page.getByRole('group', { name: 'CITES' }).getByRole('button', { name: new RegExp(`^${title} — .* — Submitted$`) });
    await mark.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-reporting-timeline.png'), fullPage: true });
    const cop15 = page.getByRole('region', { name: 'Meetings the deadlines depend on' }).getByRole('listitem').filter({ hasText: 'CMS COP15' });
    await cop15.getByRole('button', { name: 'Correct dates' }).click();
    await cop15.getByLabel('First day').fill('2026-03-30');
    await cop15.getByLabel('Last day').fill('2026-04-05');
    await cop15.getByRole('button', { name: 'Save meeting' }).click();
    await cop15.getByText('corrected on this desk').waitFor();
    expect(page.errors).toEqual([]);

    // a colleague's desk imports a full bundle and agrees
    const file = await fullBundle(page, 'reporting.sdbundle');
    const other = await openApp(e2e.browser, e2e.apps[1]);
    await chooseCountry(other, 'KE', 'CITES Management Authority');
    await other.getByRole('link', { name: 'Exchange' }).click();
    await other.locator('input[type=file]').setInputFiles(file);
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await other.getByText(/Imported: \d+ new change/).waitFor();
    await other.getByRole('link', { name: /^Reporting/ }).click();
    await other.getByRole('region', { name: /^Submitted/ }).getByRole('button', { name: title }).click();
    const theirs = other.getByRole('complementary', { name: title });
    await expect(theirs.getByLabel("Secretariat's reference").inputValue()).resolves.toBe('CITES-AR-KE-0117');
    await expect.poll(() => badge(other)).toBe(badgeBefore - 1);
    const theirCop15 = other.getByRole('region', { name: 'Meetings the deadlines depend on' }).getByRole('listitem').filter({ hasText: 'CMS COP15' });
    await theirCop15.getByText(/Mar 30, 2026 – Apr 5, 2026/).waitFor();
    expect(other.errors).toEqual([]);
  });
});
