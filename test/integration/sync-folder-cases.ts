import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/app-server.ts';
import { bundlesIn, copy, folderDesks, FolderDesk } from '../helpers/sync-folder.ts';
import { openDesk } from '../helpers/desk.ts';

// Sync through a shared folder, with a simulated file-sync engine between each desk's own folder:
// files arrive in any order, twice, half-written, under temporary names and as conflict copies;
// the desks converge. A folder that goes away, unknown signers and bad files are handled in words.

type Step = { kind: 'copy'; file: number; to: number; how: 'whole' | 'halfThenWhole' | 'tempThenRename' | 'conflictCopy' | 'twice' };

/** Carries one file the way an engine might, ending with the whole file under its own name (unless a conflict copy). */
function carry(from: string, to: string, name: string, how: Step['how'], desks: FolderDesk[]) {
  const target = path.join(to, name);
  const text = fs.readFileSync(path.join(from, name));
  if (how === 'halfThenWhole') {
    fs.writeFileSync(target, text.subarray(0, Math.floor(text.length / 2)));
    for (const d of desks) d.run(); // a desk looks while the file is half there
    fs.writeFileSync(target, text);
  } else if (how === 'tempThenRename') {
    fs.writeFileSync(path.join(to, `.syncthing.${name}.tmp`), text);
    for (const d of desks) d.run();
    fs.renameSync(path.join(to, `.syncthing.${name}.tmp`), target);
  } else if (how === 'conflictCopy') {
    fs.writeFileSync(path.join(to, name.replace('.sdbundle', '.sync-conflict-20261201-120000-ABCDEFG.sdbundle')), text);
    fs.writeFileSync(target, text);
  } else {
    fs.writeFileSync(target, text);
    if (how === 'twice') fs.writeFileSync(target, text);
  }
}

/** Until nothing moves: every desk writes and reads, and the engine copies every file everywhere. */
function settle(desks: FolderDesk[]) {
  for (let round = 0; round < 4; round++) {
    for (const d of desks) d.run();
    for (const from of desks) for (const to of desks) if (from !== to) for (const n of bundlesIn(from.folder)) if (!fs.existsSync(path.join(to.folder, n))) copy(from.folder, to.folder, n);
  }
  for (const d of desks) d.run();
}

/** The cases, run as they are (sync-folder.test.ts) and with every file streamed (sync-folder-streamed.test.ts). */
export function syncFolderCases(): void {
  it('two and three desks converge to identical dumps, whatever order, duplication, half-writes and renames the engine brings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.record({ file: fc.nat(20), to: fc.nat(2), how: fc.constantFrom('whole', 'halfThenWhole', 'tempThenRename', 'conflictCopy', 'twice') as fc.Arbitrary<Step['how']> }), { minLength: 3, maxLength: 12 }),
        async (count, steps) => {
          const desks = await folderDesks(count);
          const [a, b] = desks;
          // edits on every desk, one of them concurrent on the same field
          const shared = a.person('Amina Okafor');
          a.run();
          copy(a.folder, b.folder, bundlesIn(a.folder)[0]);
          b.run();
          a.call('people.update', { id: shared, patch: { title: 'Director' } });
          b.call('people.update', { id: shared, patch: { title: 'Deputy Director' } });
          for (const [n, d] of desks.entries()) d.person(`Person of desk ${n}`);
          for (const d of desks) d.run();
          const all = desks.flatMap((d) => bundlesIn(d.folder).map((name) => ({ from: d, name })));
          for (const s of steps) {
            const f = all[s.file % all.length];
            const to = desks[s.to % count];
            if (to !== f.from) carry(f.from.folder, to.folder, f.name, s.how, desks);
          }
          settle(desks);
          const dumps = desks.map((d) => d.dumpText());
          for (const dump of dumps) expect(dump).toBe(dumps[0]);
          expect(a.people()).toEqual(['Amina Okafor', ...desks.map((_, n) => `Person of desk ${n}`)].sort());
          // the concurrent titles: a conflict on every desk, both values kept
          for (const d of desks) expect(d.call('conflicts.list', {}).map((c) => c.field)).toEqual(['title']);
          // nothing imported twice, nothing refused, conflict copies and temporary files never read
          for (const d of desks) {
            const log = d.log();
            expect(log.filter((l) => l.outcome === 'refused')).toEqual([]);
            expect(log.some((l) => /sync-conflict|\.tmp$/.test(l.file ?? ''))).toBe(false);
            const ids = d.call('sync.history', {}).imports.map((i) => i.bundleId);
            expect(new Set(ids).size).toBe(ids.length);
          }
          for (const d of desks) d.core.close();
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('waits while the folder is missing, says so once, and carries on when it is back', async () => {
    const [a, b] = await folderDesks(2);
    const dir = a.folder;
    a.person('Li Wei');
    fs.renameSync(dir, `${dir}-away`);
    a.run();
    a.run();
    expect(a.call('syncFolder.status', {})).toMatchObject({ available: false, problem: 'folder_missing' });
    expect(a.log().filter((l) => l.outcome === 'folder_missing')).toHaveLength(1);
    fs.renameSync(`${dir}-away`, dir);
    const back = a.run();
    expect(back.written).toMatch(/^synergy-desk-[0-9a-f]{16}-\d{8}T\d{9}Z-delta\.sdbundle$/);
    copy(a.folder, b.folder, back.written!);
    expect(b.run().imported).toBe(1);
    expect(b.people()).toEqual(['Li Wei']);
  });

  it('lists a bundle from an unknown signer for the user to accept or refuse, and imports it once accepted', async () => {
    const [a] = await folderDesks(1);
    const stranger = await openDesk(FolderDesk);
    stranger.call('settings.update', { deviceLabel: 'CITES Management Authority' });
    stranger.useFolder(tempDir('sd-folder-s-'));
    stranger.person('Joseph Kamau');
    copy(stranger.folder, a.folder, stranger.run().written!);
    const seen = a.run();
    expect(seen).toMatchObject({ imported: 0, waiting: 1 });
    const key = stranger.call('sync.identity', {}).publicKey;
    expect(seen.status.waiting).toEqual([expect.objectContaining({ publicKey: key, originLabel: 'CITES Management Authority', files: 1 })]);
    expect(a.people()).toEqual([]);
    a.run(); // still waiting, logged once
    expect(a.log().filter((l) => l.outcome === 'waiting')).toHaveLength(1);
    const accepted = a.call('syncFolder.decide', { publicKey: key, accept: true });
    expect(accepted.imported).toBe(1);
    expect(a.people()).toEqual(['Joseph Kamau']);
    expect(a.call('peers.list', {}).map((p) => p.label)).toEqual(['CITES Management Authority']);

    // refused: this signer's files are set aside for good, now and later
    const other = await openDesk(FolderDesk);
    other.useFolder(tempDir('sd-folder-o-'));
    other.person('Unwanted');
    copy(other.folder, a.folder, other.run().written!);
    a.run();
    a.call('syncFolder.decide', { publicKey: other.call('sync.identity', {}).publicKey, accept: false });
    other.person('Unwanted too');
    copy(other.folder, a.folder, other.run().written!);
    a.run();
    expect(a.people()).toEqual(['Joseph Kamau']);
    expect(a.call('syncFolder.status', {}).waiting).toEqual([]);
  });

  it('refuses a bad signature, a wrong digest, a future format, a hostile file — with its reason — and still imports the good ones', async () => {
    const [a, b] = await folderDesks(2);
    b.person('Good One');
    const good = b.run().written!;
    const text = fs.readFileSync(path.join(b.folder, good), 'utf8');
    const write = (name: string, content: string) => fs.writeFileSync(path.join(a.folder, name), content);
    write('forged.sdbundle', text.replace('Good One', 'Evil One').replace(/"digest":"[^"]+"/, (m) => m)); // digest no longer matches
    const json = JSON.parse(text);
    write('future.sdbundle', JSON.stringify({ ...json, formatVersion: 99 }));
    write('deep.sdbundle', `${'['.repeat(5000)}${']'.repeat(5000)}`);
    write('proto.sdbundle', text.replace('"ops":[', '"__proto__":{"polluted":true},"ops":['));
    const badSig = { ...json, signature: { ...json.signature, value: json.signature.value.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A')) } };
    write('badsig.sdbundle', JSON.stringify(badSig));
    write('truncated.sdbundle', text.slice(0, 200));
    copy(b.folder, a.folder, good);
    const before = a.dumpText();
    const r = a.run();
    expect(r.imported).toBe(1);
    expect(a.people()).toEqual(['Good One']);
    const reasons = Object.fromEntries(a.log().filter((l) => l.file && l.outcome !== 'imported' && l.outcome !== 'written').map((l) => [l.file, [l.outcome, l.code]]));
    expect(reasons).toMatchObject({
      'forged.sdbundle': ['refused', 'bundle_bad_digest'],
      'future.sdbundle': ['refused', 'bundle_future_version'],
      'deep.sdbundle': ['refused', 'bundle_too_deep'],
      'badsig.sdbundle': ['refused', 'bundle_bad_signature'],
      'truncated.sdbundle': ['incomplete', 'bundle_not_json'],
    });
    expect(reasons['proto.sdbundle']?.[0]).toBe('refused');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(before).not.toBe(a.dumpText());
    // the truncated file, completed by the engine, is read again and found to be a copy already imported
    fs.writeFileSync(path.join(a.folder, 'truncated.sdbundle'), text);
    a.run();
    expect(a.log()[0]).toMatchObject({ file: 'truncated.sdbundle', outcome: 'duplicate' });
  });

  it('writes a full bundle now and then and removes the desk’s own superseded files; refuses a folder it cannot write', async () => {
    const [a, b] = await folderDesks(2);
    for (let n = 0; n < 25; n++) {
      a.person(`P${n}`);
      a.run();
    }
    const own = bundlesIn(a.folder);
    expect(own.filter((n) => n.endsWith('-full.sdbundle'))).toHaveLength(1);
    expect(own.length).toBeLessThan(10);
    for (const n of own) copy(a.folder, b.folder, n);
    b.run();
    expect(b.people()).toHaveLength(25);
    expect(a.log().some((l) => l.outcome === 'pruned')).toBe(true);
    expect(b.refuse('syncFolder.set', { path: 'relative/folder' }).issues).toEqual([{ path: 'path', code: 'folder_not_absolute' }]);
    expect(b.refuse('syncFolder.set', { path: path.join(b.folder, 'nope') }).issues).toEqual([{ path: 'path', code: 'folder_missing' }]);
  });
}
