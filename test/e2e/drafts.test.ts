import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// Record once, report many, in Chromium: progress and an indicator value recorded for a national
// target appear in Section III of the CBD 7th report draft; after the report is submitted, a
// corrected value is flagged as changed since submission.

const e2e = setupE2E(1);
const REPORT = 'CBD national report · 7th report';

describe('a national report drafted from shared records', () => {
  it('records progress and a value, sees them in Section III, submits, corrects the value and sees the flag', async () => {
    const app = e2e.apps[0];
    for (const instrumentId of ['cbd', 'cms']) await rpc(app, 'membership.set', { instrumentId, status: 'party' });
    const nt3 = (await rpc<{ id: string }>(app, 'targets.create', { code: 'NT3', title: 'Protect 30% of land and waters', headlineIndicatorIds: ['gbf:HI:3.1'] })).id;
    await rpc(app, 'alignments.set', { nationalTargetId: nt3, frameworkItemId: 'gbf:T3', degree: 'high' });
    const page = await openApp(e2e.browser, app);
    await chooseCountry(page, 'KE', 'CBD national focal point');

    // the national target's progress and its indicator value, recorded once
    await page.getByRole('link', { name: 'NBSAP targets' }).click();
    await page.getByRole('button', { name: /^NT3 — / }).click();
    const progress = page.getByRole('region', { name: 'Progress of this national target' });
    await progress.getByLabel(/^Level of progress/).selectOption('insufficient');
    await progress.getByLabel('Summary of progress').fill('Coverage rose from 12% to 17%');
    await progress.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByText('Progress of NT3 saved').waitFor();
    const data = page.getByRole('region', { name: 'Indicator data' });
    await data.getByLabel(/^Year/).fill('2024');
    await data.getByLabel(/^Value/).fill('17.2');
    await data.getByLabel('Unit').fill('%');
    await data.getByRole('button', { name: 'Save value' }).click();
    await data.getByRole('cell', { name: '17.2 %' }).waitFor();

    // the CBD 7th report's draft shows them in Section III
    await page.getByRole('link', { name: /^Reporting/ }).click();
    await page.getByRole('button', { name: REPORT }).click();
    await page.getByRole('link', { name: 'Open the report draft' }).click();
    const section3 = page.getByRole('region', { name: /^Section III/ });
    const row = section3.getByRole('row', { name: /NT3/ });
    await row.getByText('Progress towards the target but at an insufficient rate').waitFor();
    await row.getByText(/3\.1 2024: 17\.2 %/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-draft-section3.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-draft-print.png'), fullPage: true });
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // submitted; then the value is corrected
    await page.getByRole('link', { name: '← Reporting calendar' }).click();
    await page.getByRole('button', { name: REPORT }).click();
    const panel = page.getByRole('complementary', { name: REPORT });
    await panel.getByLabel('Status').selectOption('submitted');
    await panel.getByLabel("Secretariat's reference").fill('NR7-KE-001');
    await panel.getByRole('button', { name: 'Save progress' }).click();
    await page.getByRole('region', { name: /^Submitted/ }).getByRole('button', { name: REPORT }).waitFor();
    await page.getByRole('link', { name: 'NBSAP targets' }).click();
    await page.getByRole('button', { name: /^NT3 — / }).click();
    await data.getByLabel(/^Year/).fill('2024');
    await data.getByLabel(/^Value/).fill('18.4');
    await data.getByLabel('Unit').fill('%');
    await data.getByRole('button', { name: 'Save value' }).click();
    await data.getByRole('cell', { name: '18.4 %' }).waitFor();

    await page.getByRole('link', { name: /^Reporting/ }).click();
    await page.getByRole('region', { name: /^Submitted/ }).getByRole('button', { name: REPORT }).click();
    await page.getByRole('link', { name: 'Open the report draft' }).click();
    const changes = page.getByRole('region', { name: /changes? since this report was submitted/ });
    await changes.getByText(/3\.1 · 2024/).waitFor();
    await expect(changes.locator('del').first().textContent()).resolves.toBe('17.2');
    await expect(changes.locator('ins').first().textContent()).resolves.toBe('18.4');
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-draft-changed.png'), fullPage: true });
    expect(page.errors).toEqual([]);
  });
});
