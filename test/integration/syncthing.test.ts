import { describe, expect, it } from 'vitest';
import { watchSyncFolder } from '../../electron/core/sync-folder/watcher.ts';
import { openDesk } from '../helpers/desk.ts';
import { FolderDesk } from '../helpers/sync-folder.ts';
import { useSyncthingPair } from '../helpers/syncthing.ts';

// Two desks sync through folders that two real Syncthing instances replicate to each other (on
// loopback only). Each desk runs its watcher as the app does; nothing here copies a file. Edits on
// both desks converge; a concurrent edit becomes a conflict on both.

const syncthing = useSyncthingPair();

async function eventually<T>(what: string, read: () => T, ok: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('sync folder replicated by Syncthing', () => {
  it('edits on both desks converge; a concurrent edit becomes a conflict on both', async () => {
    const [a, b] = [await openDesk(FolderDesk), await openDesk(FolderDesk)];
    a.call('settings.update', { deviceLabel: 'CBD focal point — Ministry of Environment' });
    b.call('settings.update', { deviceLabel: 'CITES Management Authority — Wildlife Service' });
    a.knows(b);
    b.knows(a);
    a.useFolder(syncthing.nodes()[0].folder);
    b.useFolder(syncthing.nodes()[1].folder);
    const stops = [a, b].map((d) => watchSyncFolder(d.core.store, { pollMs: 500, debounceMs: 200 }));
    try {
      const amina = a.person('Amina Okafor');
      b.person('Joseph Kamau');
      for (const d of [a, b]) await eventually('both people on both desks', () => d.people(), (p) => p.length === 2);
      // concurrent: each desk changes the same field before it hears of the other's change
      stops.forEach((s) => s());
      a.call('people.update', { id: amina, patch: { title: 'Director of Biodiversity' } });
      b.call('people.update', { id: amina, patch: { title: 'Head of Wildlife Trade' } });
      stops.splice(0, 2, ...[a, b].map((d) => watchSyncFolder(d.core.store, { pollMs: 500, debounceMs: 200 })));
      for (const d of [a, b]) await eventually('the conflict on both desks', () => d.call('conflicts.list', {}).map((c) => c.field), (f) => f.length === 1);
      await eventually('identical dumps', () => a.dumpText() === b.dumpText(), Boolean);
      for (const d of [a, b]) {
        expect(d.call('conflicts.list', {})[0].heads.map((h) => h.value).sort()).toEqual(['Director of Biodiversity', 'Head of Wildlife Trade']);
        const outcomes = new Set(d.log().map((l) => l.outcome));
        expect(outcomes.has('written') && outcomes.has('imported')).toBe(true);
        expect(d.log().filter((l) => l.outcome === 'refused')).toEqual([]);
      }
    } finally {
      stops.forEach((s) => s());
    }
  }, 120_000);
});
