import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// The working group in Chromium, as its secretary works: a member with the designation that brings
// her, a meeting that agrees the CMS position and raises an action, a CMS COP15 decision paragraph
// linked to the CMS national report that becomes an action, the overdue badge, and the briefing
// for CMS COP16 with its open actions.

const e2e = setupE2E(1);
const today = localToday();

describe('the national working group', () => {
  it('records members, a meeting, a decision and their actions; agrees a position at the meeting; the briefing lists what is still open', async () => {
    const app = e2e.apps[0];
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'Working group secretariat');
    const amina = await rpc<{ id: string }>(app, 'people.create', { name: 'Amina Okafor' });
    await rpc(app, 'designations.create', { personId: amina.id, roleId: 'cms:role:nfp', startDate: '2021-01-01' });
    await rpc(app, 'targets.create', { code: 'T4', title: 'Halt the decline of migratory species' });
    await rpc(app, 'meetings.save', { id: 'cms:cop16', start: addDays(today, 300), end: addDays(today, 306) });
    await rpc(app, 'agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Proposal to list sharks in Appendix I', topicIds: ['sharks-rays'] });
    await page.getByRole('link', { name: /^Working group/ }).click();
    await page.getByRole('heading', { name: 'National working group' }).waitFor();

    // a member, with the designation that brings her
    await page.getByRole('button', { name: 'Members' }).click();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByLabel('Person', { exact: true }).fill('Amina');
    await page.getByRole('button', { name: 'Amina Okafor' }).click();
    await page.getByLabel('Place in the group').selectOption('chair');
    await page.getByLabel('CMS national focal point').check();
    await page.getByRole('button', { name: 'Save' }).click();
    const member = page.getByRole('listitem').filter({ hasText: 'Amina Okafor' });
    await member.getByText('CMS national focal point').waitFor();
    await member.getByText('Chair', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // the group's meeting, with its attendee, and an action it raises, already late
    await page.getByRole('button', { name: 'Meetings', exact: true }).click();
    await page.getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel(/^Date/).fill(addDays(today, -7));
    await page.getByLabel(/^Title/).fill('Working group, 4th meeting');
    await page.getByLabel('Add an attendee').fill('Amina');
    await page.getByRole('button', { name: 'Amina Okafor' }).click();
    await page.getByLabel('Decisions taken').fill('Support the CMS listing of sharks.');
    await page.getByRole('button', { name: 'Save' }).click();
    const meeting = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Working group, 4th meeting/ }) });
    await meeting.getByText('Attendees:').waitFor();
    await meeting.getByRole('button', { name: 'Raise an action' }).click();
    await meeting.getByLabel(/^What is to be done/).fill('Send the position to the fisheries ministry');
    await meeting.getByLabel('Owner').fill('Amina');
    await meeting.getByRole('button', { name: 'Amina Okafor' }).click();
    await meeting.getByLabel(/^Due date/).fill(addDays(today, -1));
    await meeting.getByRole('button', { name: 'Save' }).click();
    await meeting.getByText('Send the position to the fisheries ministry').waitFor();
    const badge = page.getByRole('navigation').locator('a[href="#/working-group"] .nav-badge');
    await expect.poll(() => badge.textContent()).toBe('1');

    // a decision of CMS COP15, its paragraph linked to the CMS national report, and the action it becomes
    await page.getByRole('button', { name: 'Convention decisions' }).click();
    await page.getByLabel('Convention meeting').selectOption('cms:cop15');
    await page.getByRole('button', { name: 'Record a decision' }).click();
    await page.getByLabel(/^Number/).fill('15.12');
    await page.getByLabel(/^Title/).fill('Conservation of migratory sharks and rays');
    await page.getByRole('button', { name: 'Save' }).click();
    const decision = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /15\.12/ }) });
    await decision.getByRole('button', { name: 'Add a paragraph' }).click();
    await decision.getByLabel('Paragraph', { exact: true }).fill('3');
    await decision.getByLabel(/^Text addressed to Parties/).fill('Requests Parties to report on measures to reduce shark bycatch');
    await decision.getByLabel('Reporting obligation').selectOption('cms:national-report');
    await decision.getByRole('button', { name: 'Save' }).click();
    await decision.getByRole('link', { name: 'CMS national report' }).waitFor();
    await decision.getByRole('button', { name: 'Raise an action' }).click();
    await decision.getByLabel(/^What is to be done/).fill('Collect bycatch data');
    await decision.getByLabel('Owner').fill('Amina');
    await decision.getByRole('button', { name: 'Amina Okafor' }).click();
    await decision.getByLabel(/^Due date/).fill(addDays(today, 60));
    await decision.getByRole('button', { name: 'Save' }).click();
    await decision.getByText('Collect bycatch data').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // the actions: the late one first, one click from the meeting that raised it
    await page.getByRole('button', { name: 'Actions', exact: true }).click();
    const overdue = page.getByRole('region', { name: 'Overdue (1)' });
    await overdue.getByText('Send the position to the fisheries ministry').waitFor();
    await page.getByRole('region', { name: 'Open (1)' }).getByText('Collect bycatch data').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-working-group-actions.png'), fullPage: true });
    await overdue.getByRole('link', { name: /Working-group meeting/ }).click();
    await page.getByRole('heading', { name: /Working group, 4th meeting/ }).waitFor();
    expect(page.url()).toMatch(/#\/working-group\/meetings$/);

    // the CMS position agreed at that meeting, relying on national target T4; its history says so
    await page.getByRole('link', { name: /^Positions/ }).click();
    await page.getByLabel('Meeting', { exact: true }).selectOption('cms:cop16');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /27\.1/ }) });
    await item.getByRole('button', { name: "Record the country's position" }).click();
    await item.getByLabel(/^Stance/).selectOption('support');
    await item.getByLabel(/^Standing/).selectOption('agreed');
    await item.getByLabel(/^Working-group meeting/).selectOption({ index: 1 });
    await item.getByLabel(/T4/).check();
    await item.getByRole('button', { name: 'Save position' }).click();
    await item.getByText(/agreed .*Working group, 4th meeting/).waitFor();
    await item.getByText('History').click();
    await item.getByText(/Standing: Agreed/).waitFor();

    // the briefing for CMS COP16: the position, the target it builds on, the actions still open
    await page.getByRole('link', { name: 'Briefing for this meeting' }).click();
    const actions = page.getByRole('region', { name: 'Open actions from this convention’s meetings' });
    await actions.getByText('Collect bycatch data').waitFor();
    await page.getByText(/Builds on national targets: T4 Halt the decline/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
