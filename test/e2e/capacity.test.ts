import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// Capacity building in Chromium, as the working group's secretary records it: a pre-COP workshop
// with two attendees (an end before the start refused at the field first), a need recorded at the
// group's meeting and marked met by that workshop, the open-needs badge, the filters, the "met by"
// link, and the workshop on an attendee's page.

const e2e = setupE2E(1);
const TRAINING = 'Pre-COP14 negotiation workshop for Africa';
const NEED = 'Negotiation skills before CMS COP15';

describe('capacity building', () => {
  it('records a training with two attendees, a need met by it, and shows both where they are looked for', async () => {
    const app = e2e.apps[0];
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'CMS focal point desk');
    await rpc(app, 'people.create', { name: 'Amina Okafor' });
    await rpc(app, 'people.create', { name: 'Li Wei' });
    await rpc(app, 'wg.meetings.save', { date: addDays(localToday(), -14), title: 'Working group, 5th meeting' });
    await page.getByRole('link', { name: /^Capacity building/ }).click();
    await page.getByRole('heading', { name: 'Capacity building', level: 1 }).waitFor();

    // the training: an end before the start is refused at the field, nothing saved
    await page.getByRole('button', { name: 'Record a training' }).click();
    const form = page.getByRole('form', { name: 'Record a training' });
    await form.getByLabel(/^Title/).fill(TRAINING);
    await form.getByLabel(/^Kind/).selectOption('pre_cop_workshop');
    await form.getByLabel(/^Convention/).selectOption('cms');
    await form.getByLabel(/^Organised by/).fill('UNEP/CMS Secretariat');
    await form.getByLabel(/^Start date/).fill('2023-11-06');
    await form.getByLabel(/^End date/).fill('2023-11-05');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('The last day cannot come before the first day.').waitFor();
    expect(await form.getByLabel(/^End date/).getAttribute('aria-invalid')).toBe('true');
    expect(await rpc(app, 'capacity.trainings.list', {})).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel(/^End date/).fill('2023-11-08');
    await form.getByLabel(/^Held/).selectOption('in_person');
    await form.getByLabel(/^Place/).fill('Entebbe, Uganda');
    for (const [typed, name] of [
      ['Amina', 'Amina Okafor'],
      ['Li', 'Li Wei'],
    ]) {
      await form.getByLabel('Add a person').fill(typed);
      await form.getByRole('button', { name, exact: true }).click();
    }
    await form.getByLabel(/^Link/).fill('https://www.cms.int/en/meeting/pre-cop14');
    await form.getByRole('button', { name: 'Save' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(TRAINING) }) });
    await card.getByText('Attended by: Amina Okafor, Li Wei').waitFor();
    await card.getByRole('link', { name: 'Open the training’s page' }).waitFor();

    // the need, recorded at the group's meeting: open, so counted in the navigation
    await page.getByRole('button', { name: 'Needs', exact: true }).click();
    await page.getByRole('button', { name: 'Record a need' }).click();
    const needForm = page.getByRole('form', { name: 'Record a need' });
    await needForm.getByLabel(/^What is needed/).fill(NEED);
    await needForm.getByLabel(/^Convention/).selectOption('cms');
    await needForm.getByLabel(/^Priority/).selectOption('high');
    await needForm.getByLabel('Add a person').fill('Amina');
    await needForm.getByRole('button', { name: 'Amina Okafor', exact: true }).click();
    await needForm.getByLabel(/^Recorded at the working-group meeting/).selectOption({ index: 1 });
    await needForm.getByRole('button', { name: 'Save' }).click();
    const need = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(NEED) }) });
    await need.getByText(/recorded at Working group, 5th meeting/).waitFor();
    const badge = page.getByRole('navigation').locator('a[href="#/capacity"] .nav-badge');
    await expect.poll(() => badge.textContent()).toBe('1');

    // met by the workshop: no longer counted, and the status filter finds it among the met ones
    await need.getByRole('button', { name: `Edit ${NEED}` }).click();
    const editForm = page.getByRole('form', { name: 'Edit the need' });
    await editForm.getByLabel(/^Status/).selectOption('met');
    await editForm.getByLabel(/^Met by the training/).selectOption({ index: 1 });
    await editForm.getByRole('button', { name: 'Save' }).click();
    await need.getByRole('link', { name: TRAINING }).waitFor();
    await expect.poll(() => badge.count()).toBe(0);
    const filters = page.getByRole('search', { name: 'Filters' });
    await filters.getByLabel('Status').selectOption('open');
    await page.getByText('No needs match the filters.').waitFor();
    await filters.getByLabel('Status').selectOption('met');
    await need.getByText('Met', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-capacity-needs.png'), fullPage: true });

    // the "met by" link opens the workshop among the trainings
    await need.getByRole('link', { name: TRAINING }).click();
    await expect.poll(() => page.url()).toMatch(/#\/capacity\/trainings$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(TRAINING);
    await card.getByText('Met 1 recorded need').waitFor();

    // and on an attendee's page
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('list', { name: 'People' }).getByText('Li Wei').click();
    await page.getByRole('region', { name: 'Trainings attended' }).getByRole('link', { name: TRAINING }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
