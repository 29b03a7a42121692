import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './app-server.ts';
import { openDesk, TestDesk } from './desk.ts';

// Desks that sync through folders, for the sync-folder tests: each desk has its own folder, as on
// its own machine, and an engine (simulated here, Syncthing in the real test) carries files between them.

export class FolderDesk extends TestDesk {
  folder = '';
  useFolder(dir: string) {
    this.folder = dir;
    return this.call('syncFolder.set', { path: dir });
  }
  run() {
    return this.call('syncFolder.run', {});
  }
  knows(...others: FolderDesk[]) {
    for (const o of others) this.call('peers.add', { label: o.call('sync.identity', {}).label, publicKey: o.call('sync.identity', {}).publicKey });
  }
  log() {
    return this.call('syncFolder.status', {}).log;
  }
  people() {
    return this.call('people.list', {}).items.map((p) => p.name).sort();
  }
}

/** `count` desks with a folder each, every desk knowing every other's key. */
export async function folderDesks(count: number): Promise<FolderDesk[]> {
  const desks: FolderDesk[] = [];
  for (let n = 0; n < count; n++) {
    const d = await openDesk(FolderDesk);
    d.call('settings.update', { deviceLabel: `Desk ${String.fromCharCode(65 + n)}` });
    d.useFolder(tempDir(`sd-folder-${n}-`));
    desks.push(d);
  }
  for (const d of desks) d.knows(...desks.filter((o) => o !== d));
  return desks;
}

export const bundlesIn = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.sdbundle')).sort();
export const copy = (from: string, to: string, name: string, as = name) => fs.copyFileSync(path.join(from, name), path.join(to, as));
