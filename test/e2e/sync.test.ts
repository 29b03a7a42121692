import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupE2E } from '../helpers/e2e.ts';
import { chooseCountry, editPersonTitle, openApp, rpc } from '../helpers/ui.ts';

// Two ministries, two desks, one person's record travelling between them by bundle files.

const e2e = setupE2E(2);
let aBeforeLastImport: unknown;

async function nameDesk(page: Page, label: string): Promise<void> {
  await page.getByRole('link', { name: 'Exchange' }).click();
  await page.getByLabel('Name on the bundles you send').fill(label);
  await page.getByRole('region', { name: 'This desk' }).getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved').first().waitFor();
}

async function exportBundle(page: Page, peer: string | null, file: string): Promise<string> {
  await page.getByRole('link', { name: 'Exchange' }).click();
  if (peer) {
    await page.getByLabel('What is new for one colleague since the last bundle to them').check();
    await page.getByLabel('Colleague', { exact: true }).fill(peer);
  } else await page.getByLabel('Everything (a full bundle)').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Create bundle' }).click()]);
  const target = path.join(e2e.files, file);
  await download.saveAs(target);
  await page.getByText(/Bundle ready:/).waitFor();
  return target;
}

async function previewBundle(page: Page, file: string): Promise<void> {
  await page.getByRole('link', { name: 'Exchange' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('region', { name: 'Before anything changes' }).waitFor();
}

async function importBundle(page: Page, file: string): Promise<void> {
  await previewBundle(page, file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/Imported: \d+ new change/).waitFor();
}

describe('two ministries exchange bundles', () => {
  it('exchanges, shows the conflict in the inbox, resolves it, and both desks end equal', async () => {
    const pa = await openApp(e2e.browser, e2e.apps[0]);
    const pb = await openApp(e2e.browser, e2e.apps[1]);
    await chooseCountry(pa, 'KE');
    await chooseCountry(pb, 'KE');
    await nameDesk(pa, 'CITES Management Authority');
    await nameDesk(pb, 'CBD focal point');

    // A adds and edits a person, then sends everything
    await pa.getByRole('link', { name: 'People' }).click();
    await pa.getByRole('button', { name: 'Add person' }).click();
    await pa.getByLabel(/Full name/).fill('Grace Otieno');
    await pa.getByLabel('Position').fill('Officer');
    await pa.getByRole('button', { name: 'Save' }).click();
    await pa.getByRole('list', { name: 'People' }).getByText('Grace Otieno').waitFor();
    await editPersonTitle(pa, 'Grace Otieno', 'Senior officer');
    const full = await exportBundle(pa, null, 'a-full.sdbundle');

    // B sees who sent it and what it brings before anything changes
    await previewBundle(pb, full);
    await expect(pb.getByTestId('signature').textContent()).resolves.toMatch(/Signed, but by a key you have not added/);
    await expect(pb.getByTestId('rows-new').textContent()).resolves.toBe('People: 1');
    await pb.screenshot({ path: path.join(e2e.shots, 'e2e-sync-preview.png') });
    await pb.getByRole('button', { name: /Trust this sender/ }).click();
    await pb.getByTestId('signature').getByText('Signed by a known colleague: CITES Management Authority').waitFor();
    await pb.getByRole('button', { name: 'Import', exact: true }).click();
    await pb.getByText(/Imported: \d+ new change/).waitFor();
    await pb.getByRole('link', { name: 'People' }).click();
    await pb.getByRole('list', { name: 'People' }).getByText('Grace Otieno').waitFor();

    // both edit the same field without seeing each other's edit, then exchange deltas
    await editPersonTitle(pa, 'Grace Otieno', 'Director');
    await editPersonTitle(pb, 'Grace Otieno', 'Deputy director');
    const fromA = await exportBundle(pa, 'CBD focal point', 'a-delta.sdbundle');
    const fromB = await exportBundle(pb, 'CITES Management Authority', 'b-delta.sdbundle');
    await importBundle(pb, fromA);
    await importBundle(pa, fromB);

    // the conflict shows in B's inbox with both values
    await pb.getByRole('link', { name: /Conflicts/ }).click();
    await expect(pb.getByRole('navigation').getByText('1', { exact: true }).isVisible()).resolves.toBe(true);
    const card = pb.getByRole('article');
    await card.getByText('Director', { exact: true }).waitFor();
    await expect(card.getByText('Deputy director', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(card.getByText(/CITES Management Authority,/).isVisible()).resolves.toBe(true);
    await expect(card.getByText(/This desk,/).isVisible()).resolves.toBe(true);
    await pb.screenshot({ path: path.join(e2e.shots, 'e2e-sync-conflict.png') });

    // B writes a combined value
    await card.getByRole('button', { name: 'Write a combined value' }).click();
    await card.getByLabel('Combined value').fill('Director (acting)');
    await card.getByRole('button', { name: 'Save combined value' }).click();
    await pb.getByText('No conflicts. Every copy agrees.').waitFor();

    // one more exchange: both desks hold the same data
    const resolved = await exportBundle(pb, 'CITES Management Authority', 'b-delta-2.sdbundle');
    aBeforeLastImport = await rpc(e2e.apps[0], 'app.dump');
    await importBundle(pa, resolved);
    const [da, db] = await Promise.all([rpc(e2e.apps[0], 'app.dump'), rpc(e2e.apps[1], 'app.dump')]);
    expect(da).toEqual(db);
    expect((da as { entities: { person: { title: string }[] } }).entities.person[0].title).toBe('Director (acting)');
    expect((da as { conflicts: unknown[] }).conflicts).toEqual([]);
    expect(pa.errors).toEqual([]);
    expect(pb.errors).toEqual([]);
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    const pb = await openApp(e2e.browser, e2e.apps[1]);
    const before = await rpc(e2e.apps[1], 'app.dump');
    const broken = path.join(e2e.files, 'broken.sdbundle');
    fs.writeFileSync(broken, fs.readFileSync(path.join(e2e.files, 'a-full.sdbundle'), 'utf8').slice(0, 500));
    await pb.getByRole('link', { name: 'Exchange' }).click();
    await pb.locator('input[type=file]').setInputFiles(broken);
    await pb.getByText('The file is not valid JSON; it may be cut short (truncated) or damaged.').waitFor();
    expect(await rpc(e2e.apps[1], 'app.dump')).toEqual(before);
  });

  it('undoes the last import: the store is as it was before it, conflict included', async () => {
    const pa = await openApp(e2e.browser, e2e.apps[0]);
    pa.on('dialog', (d) => void d.accept());
    await pa.getByRole('link', { name: 'Exchange' }).click();
    await pa.getByRole('button', { name: 'Undo last import' }).click();
    await pa.getByText(/The import from CBD focal point was undone/).waitFor();
    await pa.getByRole('cell', { name: /undone/ }).first().waitFor();
    expect(await rpc(e2e.apps[0], 'app.dump')).toEqual(aBeforeLastImport);
    await pa.screenshot({ path: path.join(e2e.shots, 'e2e-sync-history.png') });
    // the conflict the undone bundle had resolved is open again, and counted in the navigation
    await pa.getByRole('link', { name: /Conflicts/ }).click();
    await pa.getByRole('article').waitFor();
    await expect(pa.getByRole('navigation').getByText('1', { exact: true }).isVisible()).resolves.toBe(true);
  });
});
