import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupE2E } from '../helpers/e2e.ts';
import { useSyncthingPair } from '../helpers/syncthing.ts';
import { chooseCountry, editPersonTitle, openApp, rpc } from '../helpers/ui.ts';

// Two focal points' desks in browser mode, each with its own folder, the folders replicated by two
// real Syncthing instances on loopback. Each desk chooses its folder on the Exchange page; the
// second accepts the first as a colleague there; both edit the same record while apart, and both
// conflicts inboxes show it once they are back.

const e2e = setupE2E(2);
const syncthing = useSyncthingPair();

async function useFolder(page: Page, dir: string) {
  await page.getByRole('link', { name: 'Exchange' }).click();
  await page.getByLabel('Folder', { exact: true }).fill(dir);
  await page.getByRole('button', { name: 'Use this folder' }).click();
  await page.getByText(/The folder is there and holds/).waitFor();
}

describe('two desks sync through a folder that Syncthing replicates', () => {
  it('carries edits both ways, waits for the user to accept an unknown desk, and shows a concurrent edit as a conflict on both', async () => {
    const [appA, appB] = e2e.apps;
    const pa = await openApp(e2e.browser, appA);
    const pb = await openApp(e2e.browser, appB);
    await chooseCountry(pa, 'KE', 'CBD focal point');
    await chooseCountry(pb, 'KE', 'CITES Management Authority');
    // A knows B's key already (exchanged earlier); B does not know A yet
    const idB = await rpc<{ publicKey: string }>(appB, 'sync.identity');
    await rpc(appA, 'peers.add', { label: 'CITES Management Authority', publicKey: idB.publicKey });
    await useFolder(pa, syncthing.nodes()[0].folder);
    await useFolder(pb, syncthing.nodes()[1].folder);

    // A records a person; B's desk finds A's bundle and asks who this is
    const amina = await rpc<{ id: string }>(appA, 'people.create', { name: 'Amina Okafor', title: 'Biodiversity officer' });
    const waiting = pb.getByRole('region', { name: 'Bundles from desks you do not know yet' });
    await waiting.getByText('CBD focal point').waitFor({ timeout: 60_000 });
    await pb.screenshot({ path: path.join(e2e.shots, 'e2e-sync-folder-waiting.png'), fullPage: true });
    await waiting.getByRole('button', { name: 'Accept and import' }).click();
    await pb.getByText(/Colleague accepted: 1 bundle imported/).waitFor();
    await pb.getByRole('link', { name: 'People' }).click();
    await pb.getByRole('list', { name: 'People' }).getByText('Amina Okafor').waitFor();

    // B adds someone; it reaches A by itself
    await rpc(appB, 'people.create', { name: 'Joseph Kamau' });
    await pa.getByRole('link', { name: 'People' }).click();
    await pa.getByRole('list', { name: 'People' }).getByText('Joseph Kamau').waitFor({ timeout: 60_000 });

    // apart (both stop using the folder), both change Amina's position; together again: a conflict on both
    for (const p of [pa, pb]) {
      await p.getByRole('link', { name: 'Exchange' }).click();
      await p.getByRole('button', { name: 'Stop syncing through the folder' }).click();
      await p.getByText('The desk no longer syncs through a folder').waitFor();
    }
    await editPersonTitle(pa, 'Amina Okafor', 'Director of Biodiversity');
    await editPersonTitle(pb, 'Amina Okafor', 'Head of Wildlife Trade');
    await useFolder(pa, syncthing.nodes()[0].folder);
    await useFolder(pb, syncthing.nodes()[1].folder);
    for (const p of [pa, pb]) {
      const conflicts = p.getByRole('navigation').locator('a[href="#/conflicts"] .nav-badge');
      await expect.poll(() => conflicts.textContent(), { timeout: 60_000 }).toBe('1');
      await p.getByRole('link', { name: /Conflicts/ }).click();
      await p.getByText('Director of Biodiversity').first().waitFor();
      await p.getByText('Head of Wildlife Trade').first().waitFor();
    }
    await pb.screenshot({ path: path.join(e2e.shots, 'e2e-sync-folder-conflict.png'), fullPage: true });
    await pa.getByRole('link', { name: 'Exchange' }).click();
    await pa.getByText(/Imported \d+ new changes? from CITES Management Authority/).first().waitFor();
    await pa.screenshot({ path: path.join(e2e.shots, 'e2e-sync-folder-history.png'), fullPage: true });
    expect(await rpc(appA, 'app.dump')).toEqual(await rpc(appB, 'app.dump'));
    expect(amina.id).toBeTruthy();
    expect(pa.errors).toEqual([]);
    expect(pb.errors).toEqual([]);
  }, 240_000);
});
