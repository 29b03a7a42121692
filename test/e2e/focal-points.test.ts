import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupE2E } from '../helpers/e2e.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { chooseCountry, openApp } from '../helpers/ui.ts';

const e2e = setupE2E();

async function addPerson(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel(/Full name/).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('list', { name: 'People' }).getByText(name).waitFor();
}

async function pickPerson(page: Page, scope: ReturnType<Page['getByRole']>, label: string, name: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).fill(name.split(' ')[0]);
  await scope.getByRole('list', { name: label }).getByRole('button', { name: new RegExp(name) }).click();
  await scope.getByText(`Chosen: ${name}`).waitFor();
}

describe('the focal-point registry as a new CITES focal point uses it', () => {
  it('designates the Management Authority, sees the vacancy go, hands over, sees the history', async () => {
    const page = await openApp(e2e.browser, e2e.apps[0]);
    await chooseCountry(page, 'KE');
    await page.getByRole('link', { name: 'Focal points' }).click();
    await page.getByText('Tell the desk which conventions your country is Party to').waitFor();

    // membership in Settings
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel(/^CITES — .*: Status$/).selectOption('party');
    await page.getByText('Saved').first().waitFor();
    await addPerson(page, 'Amina Diallo');
    await addPerson(page, 'Baraka Otieno');

    await page.getByRole('link', { name: /Focal points/ }).click();
    await page.getByRole('link', { name: 'CITES' }).click();
    await page.getByText('2 vacancies').waitFor();
    const ma = page.getByRole('article', { name: 'Management Authority' });
    await expect(ma.getByText('Vacant', { exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-focal-vacancies.png'), fullPage: true });

    await ma.getByRole('button', { name: 'Designate' }).click();
    const form = ma.getByRole('form', { name: 'Designate for Management Authority' });
    await pickPerson(page, form, 'Person', 'Amina Diallo');
    await form.getByLabel(/First day/).fill('2025-01-06');
    await form.getByLabel('Secretariat notified on').fill('2025-01-15');
    await form.getByRole('button', { name: 'Save designation' }).click();
    await ma.getByText('Designated', { exact: true }).waitFor();
    await page.getByText('1 vacancy').waitFor();
    await expect(ma.getByRole('button', { name: 'Amina Diallo' }).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // handover to a successor
    await ma.getByRole('button', { name: 'Hand over' }).click();
    const handover = ma.getByRole('form', { name: /Hand over Management Authority from Amina Diallo/ });
    await pickPerson(page, handover, 'Successor', 'Baraka Otieno');
    await handover.getByRole('button', { name: 'Hand over' }).click();
    await ma.getByRole('button', { name: 'Baraka Otieno' }).waitFor();
    await ma.getByText('Earlier holders (1)').click();
    await ma.getByText(/Amina Diallo — /).waitFor();
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-focal-handover.png'), fullPage: true });

    // the person's page shows the hat she wore
    await ma.getByRole('button', { name: 'Baraka Otieno' }).click();
    await page.getByRole('region', { name: 'Roles' }).getByText('CITES: Management Authority').waitFor();
    await page.getByRole('list', { name: 'People' }).getByText('Amina Diallo').click();
    await page.getByRole('region', { name: 'Roles' }).getByText('ended').waitFor();

    // the coordination matrix and search
    await page.getByRole('link', { name: /Focal points/ }).click();
    await page.getByRole('link', { name: 'Coordination matrix' }).click();
    await page.getByRole('table').getByText('MA').waitFor();
    await page.getByLabel('Search people, institutions and roles').fill('management');
    await page.getByRole('region', { name: 'Search people, institutions and roles' }).getByText('Baraka Otieno').waitFor();
    expect(page.errors).toEqual([]);
  });

  it('refuses a designation without a person, or ending before it starts, at the field', async () => {
    const page = await openApp(e2e.browser, e2e.apps[0]);
    await page.getByRole('link', { name: /Focal points/ }).click();
    await page.getByRole('link', { name: 'CITES' }).click();
    const sa = page.getByRole('article', { name: 'Scientific Authority' });
    await sa.getByRole('button', { name: 'Designate' }).click();
    const form = sa.getByRole('form');
    await form.getByLabel('Last day (if known)').fill('2000-01-01');
    await form.getByRole('button', { name: 'Save designation' }).click();
    await form.getByText('This field is required.').waitFor();
    await pickPerson(page, form, 'Person', 'Amina Diallo');
    await form.getByRole('button', { name: 'Save designation' }).click();
    await form.getByText('The last day cannot come before the first day.').waitFor();
    await expect(sa.getByText('Vacant', { exact: true }).isVisible()).resolves.toBe(true);
  });

  it('imports a directory spreadsheet (XLSX) with one bad row: the row shows its error, the others import', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Focal points');
    sheet.addRow(['Name', 'E-mail', 'Organisation', 'Convention', 'Role']);
    sheet.addRow(['Chen Jing', 'chen.jing@env.example.org', 'Ramsar Administrative Authority Office', 'Ramsar', 'STRP']);
    sheet.addRow(['Pedro Alves', 'not-an-email', 'Forest Service', '', '']);
    sheet.addRow(['Olga Petrova', 'olga.petrova@env.example.org', 'Forest Service', '', '']);
    const file = path.join(e2e.files, 'directory.xlsx');
    await book.xlsx.writeFile(file);

    const page = await openApp(e2e.browser, e2e.apps[0]);
    await page.getByRole('link', { name: /Focal points/ }).click();
    await page.getByRole('link', { name: 'Import and export' }).click();
    await page.getByLabel('Choose a file').setInputFiles(file);
    await page.getByTestId('directory-totals').waitFor();
    await expect(page.getByTestId('directory-totals').textContent()).resolves.toBe('3 rows: 2 ready, 1 to correct in the file, 0 perhaps already known');
    await page.getByText('E-mail: Enter a valid e-mail address, such as name@ministry.gov.').waitFor();
    await expect(page.getByRole('checkbox', { name: 'Import row 3' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-directory-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText(/^Imported: 2 people added/).waitFor();

    // the good rows are in the desk, the bad one is not
    await page.getByRole('link', { name: 'People' }).click();
    const list = page.getByRole('list', { name: 'People' });
    await list.getByText('Chen Jing').waitFor();
    await list.getByText('Olga Petrova').waitFor();
    await expect(list.getByText('Pedro Alves').count()).resolves.toBe(0);
    expect(page.errors).toEqual([]);
  });
});
