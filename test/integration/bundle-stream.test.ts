import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { streamReading } from '../../electron/core/sync/bundle-stream.ts';
import { exportBundle, exportBundleToFile } from '../../electron/core/sync/export.ts';
import { importBundleFile, previewBundleFile, streaming } from '../../electron/core/sync/import-stream.ts';
import { verifySignature } from '../../electron/core/sync/keys.ts';
import type { Bundle } from '../../shared/bundle.ts';
import { tempDir } from '../helpers/app-server.ts';
import { openDesk, type TestDesk } from '../helpers/desk.ts';

// Bundles too large to hold as one string are written and read as streams. What a streamed import
// does must be exactly what reading the file whole does: same store, same summary, same history.

const saved = { ...streaming, ...streamReading };
afterEach(() => {
  streaming.fromBytes = saved.fromBytes;
  streamReading.chunkBytes = saved.chunkBytes;
  streamReading.batchOps = saved.batchOps;
});

/** Streams every file, cut into chunks of `chunk` bytes and applied `batch` ops at a time. */
function streamEverything(chunk: number, batch: number) {
  streaming.fromBytes = -1;
  streamReading.chunkBytes = chunk;
  streamReading.batchOps = batch;
}

/** A desk with history: people and institutions edited, one deleted, a conflict from a second desk. */
async function deskWithHistory(): Promise<TestDesk> {
  const a = await openDesk();
  const c = await openDesk();
  const moe = a.institution('Ministère de l’Environnement', 'MEDD');
  const ids = ['Amina Okafor', 'Joseph Kamau', 'Li Wei', 'Сергей Иванов', 'فاطمة الزهراء', 'Cléo Ndiaye'].map((n) => a.person(n, moe));
  a.call('people.update', { id: ids[0], patch: { email: 'amina@env.example.org', languages: ['en', 'fr'] } });
  a.call('people.delete', { id: ids[5] });
  c.call('sync.import', { content: a.call('sync.export', {}).content });
  a.call('people.update', { id: ids[1], patch: { title: 'Director' } });
  c.call('people.update', { id: ids[1], patch: { title: 'Head of Unit' } });
  a.call('sync.import', { content: c.call('sync.export', {}).content });
  expect(a.call('conflicts.list', {}).length).toBeGreaterThan(0);
  return a;
}

describe('bundles as streams', () => {
  it('writes to a file, part by part, the very bundle that an export in memory makes', async () => {
    const a = await deskWithHistory();
    const file = path.join(tempDir('sd-stream-out-'), 'full.sdbundle');
    const written = exportBundleToFile(a.core.store, file, {});
    const inMemory = JSON.parse(exportBundle(a.core.store, {}).text) as Bundle;
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as Bundle;
    expect(written).toMatchObject({ file, opsCount: inMemory.ops.length });
    expect(onDisk.ops).toEqual(inMemory.ops);
    expect(onDisk.digest).toBe(inMemory.digest);
    expect(verifySignature(onDisk.signature!.publicKey, onDisk.digest, onDisk.signature!.value)).toBe(true);
    expect(Object.keys(onDisk)).toEqual(Object.keys(inMemory));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['full.sdbundle']); // no partial file left behind
    // a delta for a peer moves the mark as an export in memory does: nothing new the second time
    const delta = path.join(path.dirname(file), 'delta.sdbundle');
    expect(exportBundleToFile(a.core.store, delta, { peer: 'CITES MA' }).opsCount).toBe(inMemory.ops.length);
    expect(exportBundleToFile(a.core.store, delta, { peer: 'CITES MA' }).opsCount).toBe(0);
  });

  it('imports a streamed bundle, a few ops at a time, exactly as when it is read whole; undo and the same file again behave alike', async () => {
    const a = await deskWithHistory();
    const file = path.join(tempDir('sd-stream-in-'), 'full.sdbundle');
    exportBundleToFile(a.core.store, file, {});
    const whole = await openDesk();
    const streamed = await openDesk();
    whole.person('Local Person');
    streamed.call('sync.import', { content: whole.call('sync.export', {}).content }); // the same person on both
    expect(streamed.dumpText()).toBe(whole.dumpText());
    const wholeResult = importBundleFile(whole.core.store, file, { fileName: 'full.sdbundle' });
    streamEverything(7, 2);
    const before = streamed.dumpText();
    const preview = previewBundleFile(streamed.core.store, file);
    expect(streamed.dumpText()).toBe(before);
    const streamedResult = importBundleFile(streamed.core.store, file, { fileName: 'full.sdbundle' });

    const described = (r: typeof wholeResult) => ({ ...r, importId: undefined, backup: undefined });
    expect(described(streamedResult)).toEqual(described(wholeResult));
    expect(preview).toEqual({ ...described(wholeResult), importId: undefined, backup: undefined });
    expect(streamedResult.rowsNew).toEqual({ institution: 1, person: 6 });
    expect(streamedResult.conflictsCreated).toBeGreaterThan(0);
    expect(streamed.dumpText()).toBe(whole.dumpText());
    expect(streamed.call('conflicts.list', {})).toEqual(whole.call('conflicts.list', {}));
    expect(streamed.call('app.check', {}).ok).toBe(true);
    expect(fs.existsSync(streamedResult.backup)).toBe(true);

    // the same file again: recognised, nothing new, one line in the history
    const again = importBundleFile(streamed.core.store, file, { fileName: 'again.sdbundle' });
    expect(again).toMatchObject({ alreadyImported: true, opsNew: 0, importId: streamedResult.importId });
    expect(streamed.call('sync.history', {}).imports).toHaveLength(2);
    // undo takes back what the streamed import brought, as for one read whole
    streamed.call('sync.undo', {});
    whole.call('sync.undo', {});
    expect(streamed.dumpText()).toBe(whole.dumpText());
    expect(streamed.call('people.list', {}).items.map((p) => p.name)).toEqual(['Local Person']);
  });

  it('refuses a damaged or forged large file after reading it to the end, and leaves the store as it was', async () => {
    const a = await deskWithHistory();
    const dir = tempDir('sd-stream-bad-');
    const file = path.join(dir, 'full.sdbundle');
    exportBundleToFile(a.core.store, file, {});
    const text = fs.readFileSync(file, 'utf8');
    const target = await openDesk();
    target.person('Local Person');
    streamEverything(4096, 3);
    const cases: [string, string, string][] = [
      ['altered', text.replace('Li Wei', 'Li Wen'), 'bundle_bad_digest'],
      ['truncated', text.slice(0, Math.floor(text.length * 0.7)), 'bundle_not_json'],
      ['future', text.replace('"formatVersion":1', '"formatVersion":7'), 'bundle_future_version'],
      ['forged', text.replace(/("value":")[A-Za-z0-9+/]{86}==/, (_m, p: string) => `${p}${'A'.repeat(86)}==`), 'bundle_bad_signature'],
      ['two ops arrays', text.replace('"digest":', '"ops":[],"digest":'), 'bundle_invalid'],
    ];
    for (const [name, content, code] of cases) {
      fs.writeFileSync(path.join(dir, `${name}.sdbundle`), content);
      const before = target.dumpText();
      const history = target.call('sync.history', {}).imports.length;
      expect(() => importBundleFile(target.core.store, path.join(dir, `${name}.sdbundle`), { backup: false }), name).toThrow(expect.objectContaining({ code }));
      expect(target.dumpText(), name).toBe(before);
      expect(target.call('sync.history', {}).imports, name).toHaveLength(history);
    }
    const bytes = Buffer.from(text);
    bytes[400] = 0xff; // a byte that is never UTF-8
    fs.writeFileSync(path.join(dir, 'bytes.sdbundle'), bytes);
    expect(() => importBundleFile(target.core.store, path.join(dir, 'bytes.sdbundle'), { backup: false })).toThrow(expect.objectContaining({ code: 'bundle_not_utf8' }));
  });
});
