import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupE2E } from '../helpers/e2e.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { chooseCountry, openApp } from '../helpers/ui.ts';

const e2e = setupE2E();

describe('NBSAP targets as a CBD focal point uses them', () => {
  it('creates a national target, aligns it to GBF T3 (high) and a CMS target (medium); T3 leaves the gaps, the CMS column fills', async () => {
    const page = await openApp(e2e.browser, e2e.apps[0]);
    await chooseCountry(page, 'KE');
    await page.getByRole('link', { name: 'NBSAP targets' }).click();

    // coverage before: GBF target 3 is a gap
    await page.getByRole('link', { name: 'Coverage' }).click();
    const gaps = page.getByRole('list', { name: 'GBF targets without a national target' });
    await gaps.getByText(/^T3 — /).waitFor();

    // a national target, refused first for an empty title and a progress out of range
    await page.getByRole('link', { name: 'National targets' }).click();
    await page.getByRole('button', { name: 'Add national target' }).click();
    await page.getByLabel(/^Code/).fill('NT3');
    await page.getByLabel('Progress (%)').fill('140');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('This field is required.').waitFor();
    await page.getByText('Enter a whole number from 0 to 100.').waitFor();
    await page.getByLabel(/^Title/).fill('Protect 30% of land and inland waters');
    await page.getByLabel('Progress (%)').fill('35');
    await page.getByLabel('Status').selectOption('some_progress');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('list', { name: 'National targets' }).getByText('NT3 — Protect 30% of land and inland waters').waitFor();

    // align to GBF T3 (high) and a CMS target (medium)
    const align = page.getByRole('region', { name: 'Aligned global targets' });
    await align.getByLabel('Framework').selectOption('gbf');
    await align.getByLabel('Goal or target').selectOption('gbf:T3');
    await align.getByLabel('Degree of alignment', { exact: true }).selectOption('high');
    await align.getByRole('button', { name: 'Align', exact: true }).click();
    await align.getByRole('cell', { name: /^T3 — / }).waitFor();
    await align.getByLabel('Framework').selectOption('cms-spms');
    await align.getByLabel('Goal or target').selectOption('cms:T1.3');
    await align.getByLabel('Degree of alignment', { exact: true }).selectOption('medium');
    await align.getByRole('button', { name: 'Align', exact: true }).click();
    await align.getByRole('row').nth(2).waitFor();
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-targets-detail.png'), fullPage: true });

    // GBF target 3 left the gaps; the CMS column lists NT3
    await page.getByRole('link', { name: 'Coverage' }).click();
    await page.getByRole('list', { name: 'GBF targets without a national target' }).getByText(/^T4 — /).waitFor();
    await expect(page.getByRole('list', { name: 'GBF targets without a national target' }).getByText(/^T3 — /).count()).resolves.toBe(0);
    const cms = page.getByRole('table', { name: /Migratory Species/ });
    // directly (T1.3, aligned medium) and through the crosswalk from GBF T3
    await expect(cms.getByRole('row', { name: /^T1\.3 — / }).getByRole('button', { name: 'NT3' }).isVisible()).resolves.toBe(true);
    await expect(cms.getByRole('button', { name: 'NT3 (T3)' }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-targets-coverage.png'), fullPage: true });

    // the country removes one reference relation of GBF T3: coverage stops counting NT3 through it
    const viaBefore = await cms.getByRole('button', { name: 'NT3 (T3)' }).count();
    const crosswalk = page.getByRole('table', { name: 'Crosswalk between frameworks' });
    const cmsRelation = crosswalk.getByRole('row').filter({ hasText: 'SPMS' }).first();
    await cmsRelation.getByRole('button', { name: 'Remove' }).click();
    await cmsRelation.getByRole('button', { name: 'Restore' }).waitFor();
    await expect.poll(() => cms.getByRole('button', { name: 'NT3 (T3)' }).count()).toBe(viaBefore - 1);

    // the workbook to send on
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByText(/^Saved .*\.xlsx$/).waitFor();

    // the crosswalk matrix shows the degree
    await page.getByRole('link', { name: 'Crosswalk matrix' }).click();
    const matrix = page.getByRole('table');
    await matrix.getByRole('cell', { name: 'H' }).waitFor();
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-targets-matrix.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
