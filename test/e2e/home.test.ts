import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/days.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// The home screen in Chromium: the first page after the country is chosen; each item leads to
// where it is fixed (the report open beside the list, the consistency check, the actions).

const e2e = setupE2E(1);
const today = localToday();

describe('what needs attention', () => {
  it('is the first screen, and each item leads to where it is fixed', async () => {
    const app = e2e.apps[0];
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'CMS focal point');
    for (const instrumentId of ['cms', 'cites']) await rpc(app, 'membership.set', { instrumentId, status: 'party' });
    const amina = await rpc<{ id: string }>(app, 'people.create', { name: 'Amina Okafor' });
    await rpc(app, 'actions.save', { title: 'Brief the fisheries ministry', ownerPersonId: amina.id, due: addDays(today, -2), status: 'open' });
    await rpc(app, 'meetings.save', { id: 'cms:cop16', start: addDays(today, 300) });
    await rpc(app, 'meetings.save', { id: 'cites:cop21', start: addDays(today, 200) });
    const cites = await rpc<{ id: string }>(app, 'agenda.save', { meetingId: 'cites:cop21', number: '85.3', title: 'Oceanic whitetip shark', topicIds: ['sharks-rays'] });
    const cms = await rpc<{ id: string }>(app, 'agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Sharks in Appendix I', topicIds: ['sharks-rays'] });
    await rpc(app, 'positions.save', { agendaItemId: cites.id, stance: 'oppose', status: 'draft' });
    await rpc(app, 'positions.save', { agendaItemId: cms.id, stance: 'support', status: 'draft' });

    await page.getByRole('heading', { name: 'What needs attention' }).waitFor();
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    await overdue.getByText('“Brief the fisheries ministry” (Amina Okafor) was due on', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-home.png'), fullPage: true });

    // an overdue report: opened beside the reporting list
    const report = overdue.getByRole('listitem').filter({ hasText: 'CITES annual trade report · covering 2025' });
    await report.getByRole('link', { name: 'Open' }).click();
    await page.getByRole('complementary', { name: 'CITES annual trade report · covering 2025' }).waitFor();

    // positions that differ: the consistency check
    await page.getByRole('link', { name: /^Needs attention/ }).click();
    await page.getByRole('listitem').filter({ hasText: 'The country takes different stances on Sharks and rays' }).getByRole('link', { name: 'Open' }).click();
    await page.getByRole('heading', { name: /Different stances on the same subject/ }).first().waitFor();

    // the action: the working group's actions
    await page.getByRole('link', { name: /^Needs attention/ }).click();
    await page.getByRole('listitem').filter({ hasText: 'Brief the fisheries ministry' }).getByRole('link', { name: 'Open' }).click();
    await page.getByRole('region', { name: /^Overdue \(1\)/ }).getByText('Brief the fisheries ministry').waitFor();
    expect(page.errors).toEqual([]);
  });
});
