// npm run shots -- [language …]: starts browser mode on a fresh store with a little demo data, opens
// every page of the navigation in Chromium and saves a screenshot of each to screenshots/<language>/.
// For looking at the interface as a user does, in each language (long Russian labels, Arabic RTL,
// Chinese glyphs: Debian's Chromium needs the fonts-noto-cjk package for those).
import fs from 'node:fs';
import path from 'node:path';
import { localToday } from '../shared/days.ts';
import { LANGUAGES, isLanguage } from '../shared/i18n-languages.ts';
import { startApp, tempDir } from '../test/helpers/app-server.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { openApp, rpc } from '../test/helpers/ui.ts';

const languages = process.argv.slice(2).filter(isLanguage);
const out = path.resolve('screenshots');

async function seed(app: Awaited<ReturnType<typeof startApp>>): Promise<string> {
  const ministry = (await rpc<{ id: string }>(app, 'institutions.create', { name: 'Ministry of Environment and Natural Resources', acronym: 'MENR' })).id;
  const wildlife = (await rpc<{ id: string }>(app, 'institutions.create', { name: 'Wildlife Service', acronym: 'WS' })).id;
  const amina = (await rpc<{ id: string }>(app, 'people.create', { name: 'Amina Diallo', title: 'Director of Biodiversity', institutionId: ministry, email: 'amina@env.example.org' })).id;
  const joseph = (await rpc<{ id: string }>(app, 'people.create', { name: 'Joseph Kamau', title: 'Senior Scientist', institutionId: wildlife, email: 'j.kamau@ws.example.org' })).id;
  for (const instrumentId of ['cbd', 'cites', 'cms', 'ramsar', 'cbd:cartagena', 'cbd:nagoya']) await rpc(app, 'membership.set', { instrumentId, status: 'party' });
  await rpc(app, 'designations.create', { personId: amina, roleId: 'cbd:role:nfp', startDate: '2021-05-01' });
  await rpc(app, 'designations.create', { personId: joseph, roleId: 'cites:role:sa', startDate: '2019-02-11' });
  const ma = (await rpc<{ id: string }>(app, 'designations.create', { personId: joseph, roleId: 'cites:role:ma', startDate: '2022-01-01' })).id;
  // the reporting calendar with work in progress: an owner, a submitted report, a delegated part
  const year = new Date().getFullYear();
  await rpc(app, 'reports.save', { obligationId: 'cites:annual-trade', period: String(year - 1), status: 'drafting', ownerDesignationId: ma });
  await rpc(app, 'reports.parts.save', { reportId: `cites:annual-trade__${year - 1}`, title: 'Live animals and plants', assigneeId: amina, due: `${year}-09-15` });
  const nt3 = (await rpc<{ id: string }>(app, 'targets.create', { code: 'NT3', title: 'Protected and conserved areas', leadInstitutionId: ministry, status: 'some_progress', progress: 20 })).id;
  await rpc(app, 'alignments.set', { nationalTargetId: nt3, frameworkItemId: 'gbf:T3', degree: 'high' });
  await rpc(app, 'alignments.set', { nationalTargetId: nt3, frameworkItemId: 'cms:T2.2', degree: 'medium' });
  // recorded once, drawn on by the CBD and CMS reports
  for (const [year, value] of [[2020, 12.1], [2022, 14.8], [2024, 17.2]] as const) await rpc(app, 'indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year, value, unit: '%', source: 'National protected areas registry', enteredById: amina });
  await rpc(app, 'targets.update', { id: nt3, patch: { headlineIndicatorIds: ['gbf:HI:3.1'] } });
  await rpc(app, 'progress.save', { nationalTargetId: nt3, asOf: '2025-12-31', level: 'insufficient', actions: 'Two marine reserves gazetted; community conservancies registered', summary: 'Coverage rose from 12% to 17% of land and inland waters', assessedById: amina });
  // positions on sharks at CITES and CMS that do not agree
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await rpc(app, 'meetings.save', { id: 'cites:cop21', start: inDays(200), end: inDays(211), place: 'Geneva' });
  await rpc(app, 'meetings.save', { id: 'cms:cop16', start: inDays(300), end: inDays(306) });
  const citesItem = (await rpc<{ id: string }>(app, 'agenda.save', { meetingId: 'cites:cop21', number: '85.3', title: 'Proposal to include oceanic whitetip shark in Appendix I', topicIds: ['sharks-rays', 'species-listings'], taxonGroup: 'sharks-rays', taxon: 'Carcharhinus longimanus', documents: ['CoP21 Prop. 37 — Oceanic whitetip shark'] })).id;
  const cmsItem = (await rpc<{ id: string }>(app, 'agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Proposal to list sharks in Appendix I', topicIds: ['sharks-rays'], taxonGroup: 'sharks-rays' })).id;
  await rpc(app, 'positions.save', { agendaItemId: citesItem, stance: 'oppose', status: 'draft', text: 'Oppose: the trade is sustainable under current quotas', redLines: 'No zero quota' });
  // the working group: its members, a meeting that agreed the CMS position, a CMS COP15 decision and the actions they raised
  const cmsNfp = (await rpc<{ id: string }>(app, 'designations.create', { personId: amina, roleId: 'cms:role:nfp', startDate: '2023-03-01' })).id;
  await rpc(app, 'wg.members.save', { personId: amina, designationIds: [cmsNfp], role: 'chair', since: '2023-03-01' });
  await rpc(app, 'wg.members.save', { personId: joseph, designationIds: [ma], role: 'member', since: '2022-01-01' });
  const wgm = (await rpc<{ id: string; date: string }>(app, 'wg.meetings.save', { date: inDays(-10), title: 'Working group, 4th meeting', place: 'MENR, Nairobi', attendeeIds: [amina, joseph], minutes: 'Reviewed the shark proposals at CITES CoP21 and CMS COP16.', decisionsTaken: 'Support the CMS listing of sharks.\nThe CITES position to be reviewed with the Wildlife Service.' })).id;
  const cmsPos = (await rpc<{ id: string }>(app, 'positions.save', { agendaItemId: cmsItem, stance: 'support', status: 'agreed', agreedOn: inDays(-10), agreedAtMeetingId: wgm, text: 'Support the listing', fallback: 'Support a listing of the species in Appendix II', redLines: 'No exemption for artisanal fisheries bycatch', leadDesignationId: cmsNfp, nationalTargetIds: [nt3] })).id;
  const cbdItem = (await rpc<{ id: string }>(app, 'agenda.save', { meetingId: 'cms:cop16', number: '12', title: 'Synergies with the Convention on Biological Diversity', topicIds: ['synergies', 'national-reporting'] })).id;
  await rpc(app, 'positions.save', { agendaItemId: cbdItem, stance: 'support', status: 'draft', text: 'Support joint reporting with the CBD headline indicators', speakingPoints: 'Our CBD 7th report reused the protected-area indicator' });
  await rpc(app, 'actions.save', { title: 'Review the CITES shark position with the Wildlife Service', ownerPersonId: joseph, due: inDays(-2), status: 'open', sourceKind: 'wgMeeting', sourceId: wgm });
  await rpc(app, 'actions.save', { title: 'Send the agreed CMS position to the fisheries ministry', ownerPersonId: amina, due: inDays(20), status: 'in_progress', sourceKind: 'position', sourceId: cmsPos });
  const decision = await rpc<{ id: string }>(app, 'decisions.save', { meetingId: 'cms:cop15', number: '15.12', title: 'Conservation of migratory sharks and rays' });
  const withPara = await rpc<{ paragraphs: { id: string }[] }>(app, 'decisions.paragraphs.save', { decisionId: decision.id, number: '3', text: 'Requests Parties to report on measures taken to reduce the bycatch of sharks and rays', kind: 'action', status: 'active', obligationId: 'cms:national-report' });
  await rpc(app, 'decisions.paragraphs.save', { decisionId: decision.id, number: '5', text: 'Invites Parties to share data on shark landings', kind: 'information', status: 'active' });
  await rpc(app, 'actions.save', { title: 'Collect bycatch data from the fisheries ministry', ownerPersonId: amina, due: inDays(60), status: 'open', sourceKind: 'decisionParagraph', sourceId: withPara.paragraphs[0].id });
  // the CBD 7th report is submitted; a value corrected afterwards is flagged in its draft
  await rpc(app, 'reports.save', { obligationId: 'cbd:national-report', period: '7', status: 'submitted', submittedOn: localToday(), submissionRef: 'NR7-KE-001' });
  await rpc(app, 'indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.6, unit: '%', source: 'National protected areas registry (revised)', enteredById: amina });
  // who uses this desk, and a shared sync folder it has written to
  await rpc(app, 'settings.update', { mePersonId: amina });
  await rpc(app, 'syncFolder.set', { path: tempDir('sd-shots-folder-') });
  await rpc(app, 'syncFolder.run', {});
  return nt3;
}

const app = await startApp(tempDir('sd-shots-'));
const browser = await launchBrowser();
try {
  await rpc(app, 'settings.update', { country: 'KE', deviceLabel: 'NBSAP coordination — Ministry of Environment' });
  const nt3Id = await seed(app);
  for (const language of languages.length ? languages : LANGUAGES) {
    await rpc(app, 'settings.update', { language });
    const page = await openApp(browser, app);
    const dir = path.join(out, language);
    fs.mkdirSync(dir, { recursive: true });
    const links = page.getByRole('navigation').getByRole('link');
    await links.first().waitFor();
    const count = await links.count();
    for (let i = 0; i < count; i++) {
      await links.nth(i).click();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(dir, `${String(i + 1).padStart(2, '0')}.png`) });
    }
    // the reporting calendar's other views, and a report open beside the list
    await page.locator('a[href="#/reporting"]').click();
    await page.locator('[data-report]').first().click();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(dir, 'reporting-open.png'), fullPage: true });
    for (const [n, view] of [[1, 'timeline'], [2, 'month']] as const) {
      await page.locator('.segmented button').nth(n).click();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(dir, `reporting-${view}.png`), fullPage: true });
    }
    // a national target's progress and data, a report draft drawn from them, who draws on what
    const shoot = async (hash: string, name: string) => {
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
    };
    await shoot(`#/targets/${nt3Id}`, 'target-progress');
    await page.locator(`[aria-labelledby="progress-${nt3Id}"]`).screenshot({ path: path.join(dir, 'target-progress-card.png') });
    await page.locator(`[aria-labelledby="data-${nt3Id}"]`).screenshot({ path: path.join(dir, 'target-data-card.png') });
    await shoot('#/drafts/cbd:national-report__7', 'draft-cbd7');
    await page.locator('.draft-section').nth(2).screenshot({ path: path.join(dir, 'draft-cbd7-section3.png') });
    await shoot('#/drafts/cms:national-report__cms:cop15', 'draft-cms');
    await shoot('#/drafts', 'reuse');
    await shoot('#/positions', 'positions');
    await page.locator('.segmented button').nth(1).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, 'positions-check.png'), fullPage: true });
    await shoot('#/sync', 'exchange');
    await page.locator('[aria-labelledby="folder-heading"]').screenshot({ path: path.join(dir, 'exchange-folder-card.png') });
    await shoot('#/home', 'home');
    for (const tab of ['actions', 'meetings', 'members']) await shoot(`#/working-group/${tab}`, `group-${tab}`);
    await shoot('#/working-group/decisions', 'group-decisions');
    await page.locator('#decisions-meeting').selectOption('cms:cop15');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, 'group-decisions.png'), fullPage: true });
    // the delegation's briefing for CMS COP16, as a page and printed
    await shoot('#/positions/cms:cop16', 'briefing-cms-cop16');
    await page.emulateMedia({ media: 'print' });
    fs.writeFileSync(path.join(dir, 'briefing-cms-cop16.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    if (page.errors.length) process.stderr.write(`${language}: page errors: ${page.errors.join('; ')}\n`);
    process.stdout.write(`${language}: ${count} pages → ${path.relative(process.cwd(), dir)}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
