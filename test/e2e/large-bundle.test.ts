import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store.ts';
import { exportBundleToFile } from '../../electron/core/sync/export.ts';
import { UPLOAD_FROM_BYTES } from '../../shared/model/sync.ts';
import { seedPeople } from '../bench/seed.ts';
import { tempDir } from '../helpers/app-server.ts';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, openApp, rpc } from '../helpers/ui.ts';

// A colleague's full bundle of years of history, too large to send to the core as one text: the page
// sends it in chunks with a progress bar, the core checks and imports it streamed in a worker thread
// (with its progress; the window answers meanwhile), and keeps no copy.

const e2e = setupE2E(1);

describe('a large bundle through the Exchange page', () => {
  it('sends it in chunks, previews it and imports it', { timeout: 180_000 }, async () => {
    const sourceDir = tempDir('sd-e2e-large-src-');
    const source = await openStore(sourceDir);
    seedPeople(source, 40_000);
    const file = path.join(e2e.files, 'colleague-full.sdbundle');
    const { opsCount } = exportBundleToFile(source, file, {});
    source.close();
    fs.rmSync(sourceDir, { recursive: true, force: true });
    expect(fs.statSync(file).size).toBeGreaterThan(UPLOAD_FROM_BYTES);

    const page = await openApp(e2e.browser, e2e.apps[0]);
    await chooseCountry(page, 'KE');
    await page.getByRole('link', { name: 'Exchange' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('progressbar', { name: /Sending colleague-full\.sdbundle/ }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-large-bundle-sending.png') });
    // checked by the core in a worker thread: its progress shows while the page stays live
    await page.getByRole('progressbar', { name: /Checking colleague-full\.sdbundle/ }).waitFor({ timeout: 60_000 });
    const preview = page.getByRole('region', { name: 'Before anything changes' });
    await preview.waitFor({ timeout: 120_000 });
    await expect(preview.getByTestId('rows-new').textContent()).resolves.toMatch(/40,000/);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-large-bundle-preview.png') });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const importing = page.getByRole('progressbar', { name: /Importing colleague-full\.sdbundle/ });
    await importing.waitFor({ timeout: 60_000 });
    await expect.poll(async () => Number(await importing.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(e2e.shots, 'e2e-large-bundle-importing.png') });
    // the window answers meanwhile: another page opens
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Exchange' }).click();
    await page.getByText(/Imported: [\d,]+ new change/).waitFor({ timeout: 120_000 });
    const info = await rpc<{ counts: { ops: number } }>(e2e.apps[0], 'app.info');
    expect(info.counts.ops).toBe(opsCount);
    expect(fs.readdirSync(path.join(e2e.apps[0].dataDir, 'uploads'))).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
