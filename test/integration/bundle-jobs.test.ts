import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleJobsArea } from '../../electron/core/bundle-jobs/index.ts';
import { streaming } from '../../electron/core/sync/import-stream.ts';
import { openDesk } from '../helpers/desk.ts';
import { tempDir } from '../helpers/app-server.ts';
import { bundlesIn, copy, FolderDesk, folderDesks } from '../helpers/sync-folder.ts';
import { seedPeople } from '../bench/seed.ts';
import type { TestDesk } from '../helpers/desk.ts';

/** The exported file, fetched as the page does: chunk by chunk until the core says done. */
function fetched(desk: TestDesk, downloadId: string): { text: string; chunks: number } {
  const parts: Buffer[] = [];
  for (;;) {
    const chunk = desk.call('sync.downloadChunk', { downloadId, offset: parts.reduce((n, p) => n + p.length, 0) });
    parts.push(Buffer.from(chunk.data, 'base64'));
    if (chunk.done) return { text: Buffer.concat(parts).toString('utf8'), chunks: parts.length };
  }
}
import { colleagueBundle, sendInChunks } from '../helpers/uploads.ts';

// A large bundle sent in chunks is checked and imported in a worker thread with its own connection
// to the store file: the result is the same as on the core's thread, the app's reads go on, its
// writes wait (store_busy) until the import is done, and what arrived is announced on the feed.

describe('bundle jobs in a worker thread', () => {
  it('previews and imports as the core’s own thread does, holding the app’s writes meanwhile', { timeout: 60_000 }, async () => {
    const { text } = await colleagueBundle();
    const inThread = await openDesk();
    const withWorker = await openDesk();
    const uploadId = sendInChunks(withWorker, text);

    const preview = await withWorker.invoke('bundleJobs.preview', { fileName: 'colleague.sdbundle', uploaded: uploadId });
    expect(preview).toEqual(inThread.call('sync.preview', { content: text }));

    const topics: string[] = [];
    withWorker.core.store.onChange((e) => topics.push(...e.topics));
    const importing = withWorker.invoke('bundleJobs.import', { fileName: 'colleague.sdbundle', uploaded: uploadId });
    // while the worker imports: reads answer (the last commit: before the import, or after it, as
    // the worker that holds the preview may already have committed), writes wait
    expect([0, preview.rowsNew.person]).toContain(withWorker.call('people.list', {}).total);
    const during = withWorker.core.dispatcher.dispatch('people.create', { name: 'During the import' });
    expect(during.ok ? null : during.error.code).toBe('store_busy');
    expect(withWorker.call('tasks.list', {}).map((t) => t.kind)).toEqual(['bundleImport']);
    const result = await importing;
    expect(result.opsNew).toBe(preview.opsNew);

    inThread.call('sync.import', { content: text });
    expect(withWorker.dumpText()).toBe(inThread.dumpText());
    expect(topics).toEqual(expect.arrayContaining(['person', 'institution', 'imports', 'tasks']));
    expect(withWorker.call('tasks.list', {})).toEqual([]);
    expect(fs.readdirSync(path.join(withWorker.core.dir, 'uploads'))).toEqual([]);
    // the app writes again, with a clock past what the worker brought
    const id = withWorker.person('After the import');
    expect(withWorker.call('people.list', {}).items.map((p) => p.name)).toContain('After the import');
    expect(withWorker.call('people.get', { id }).name).toBe('After the import');
    expect(withWorker.call('sync.history', {}).imports[0]).toMatchObject({ fileName: 'colleague.sdbundle', opsNew: result.opsNew });
    withWorker.call('sync.undo', {});
    expect(withWorker.call('people.list', {}).items.map((p) => p.name)).toEqual(['After the import']);
  });

  it('a refused bundle is said in words, the writes come back, and the copy goes', { timeout: 60_000 }, async () => {
    const a = await openDesk();
    a.person('Joseph Kamau');
    const text = a.call('sync.export', {}).content.replace('Joseph Kamau', 'Joseph Kamau Jr');
    const b = await openDesk();
    const before = b.dumpText();
    const uploadId = sendInChunks(b, text);
    const refused = await b.refuseAsync('bundleJobs.import', { uploaded: uploadId });
    expect(refused.code).toBe('bundle_bad_digest');
    expect(b.dumpText()).toBe(before);
    b.person('After the refusal');
    expect(fs.readdirSync(path.join(b.core.dir, 'uploads'))).toEqual([]);
  });

  it('a sync folder’s large file is read in a worker: the app answers and holds its writes meanwhile', { timeout: 60_000 }, async () => {
    const [a, b] = await folderDesks(2);
    for (let i = 0; i < 40; i++) a.person(`Colleague ${i}`);
    a.run();
    const [name] = bundlesIn(a.folder);
    copy(a.folder, b.folder, name);
    const saved = streaming.fromBytes;
    streaming.fromBytes = 100; // every bundle of the folder counts as large here
    const stop = bundleJobsArea.start!(b.core.store);
    try {
      // "Sync now" leaves the large file to the watcher's worker: nothing read on the core's thread
      expect(b.run()).toMatchObject({ imported: 0, refused: 0 });
      expect(b.people()).toEqual([]);
      const seen = { task: false, busy: false };
      await new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const look = setInterval(() => {
          // the core's thread is free to answer while the worker reads the file
          if (b.call('tasks.list', {}).some((t) => t.kind === 'folderImport' && t.subject === name)) {
            seen.task = true;
            const r = b.core.dispatcher.dispatch('people.create', { name: 'During the import' });
            if (!r.ok && r.error.code === 'store_busy') seen.busy = true;
          }
          const end = (err?: Error) => (clearInterval(look), err ? reject(err) : resolve());
          if (b.call('people.list', {}).total === 40 && b.call('tasks.list', {}).length === 0) end();
          else if (Date.now() - started > 45_000) end(new Error('the large file was not imported'));
        }, 10);
      });
      expect(seen).toEqual({ task: true, busy: true });
      expect(b.log()[0]).toMatchObject({ file: name, outcome: 'imported', opsNew: expect.any(Number) });
      expect(b.call('sync.history', {}).imports[0]).toMatchObject({ fileName: name });
      expect(b.people()).not.toContain('During the import');
      b.person('After the import');
    } finally {
      stop();
      streaming.fromBytes = saved;
    }
  });

  it('a large file from an unknown signer waits, and once accepted is read in the worker too', { timeout: 60_000 }, async () => {
    const [b] = await folderDesks(1);
    const stranger = await openDesk(FolderDesk);
    stranger.call('settings.update', { deviceLabel: 'CITES Management Authority' });
    stranger.useFolder(tempDir('sd-folder-s-'));
    for (let i = 0; i < 40; i++) stranger.person(`Stranger ${i}`);
    const name = stranger.run().written!;
    copy(stranger.folder, b.folder, name);
    const publicKey = stranger.call('sync.identity', {}).publicKey;
    const saved = streaming.fromBytes;
    streaming.fromBytes = 100; // every bundle of the folder counts as large here
    const stop = bundleJobsArea.start!(b.core.store);
    const until = (done: () => boolean, what: string) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const look = setInterval(() => {
          if (done()) return clearInterval(look), resolve();
          if (Date.now() - started > 45_000) clearInterval(look), reject(new Error(what));
        }, 10);
      });
    try {
      // the watcher's worker reads it, and finds a signer the desk does not know
      // (the user's answer is a write: it waits, as every write does, until the worker has let go)
      await until(() => b.call('syncFolder.status', {}).waiting.length === 1 && b.call('tasks.list', {}).length === 0, 'the file did not wait for its signer');
      expect(b.people()).toEqual([]);
      const accepted = b.call('syncFolder.decide', { publicKey, accept: true });
      // not read on the core's thread: left to the worker
      expect(accepted.imported).toBe(0);
      expect(b.people()).toEqual([]);
      await until(() => b.people().length === 40 && b.call('tasks.list', {}).length === 0, 'the accepted file was not imported');
      expect(b.log()[0]).toMatchObject({ file: name, outcome: 'imported' });
      expect(b.call('peers.list', {}).map((p) => p.label)).toContain('CITES Management Authority');
    } finally {
      stop();
      streaming.fromBytes = saved;
    }
  });

  it('exports into a file in a worker, with its progress, while the app goes on writing; the page fetches it in chunks', { timeout: 60_000 }, async () => {
    const a = await openDesk();
    seedPeople(a.core.store, 6000); // over one 4 MiB chunk
    const exporting = a.invoke('bundleJobs.export', { peer: 'Ministry of Fisheries' });
    expect(a.call('tasks.list', {}).map((t) => t.kind)).toEqual(['bundleExport']);
    // an export only reads: the app's writes go on (in this bundle or the next, as the worker's snapshot falls)
    const during = a.person('Written during the export');
    const made = await exporting;
    expect(made.fileName).toMatch(/-for-ministry-of-fisheries\.sdbundle$/);
    const { text, chunks } = fetched(a, made.downloadId);
    expect(chunks).toBeGreaterThan(1);
    expect(Buffer.byteLength(text)).toBe(made.bytes);
    expect(JSON.parse(text).ops).toHaveLength(made.opsCount);

    const b = await openDesk();
    b.call('sync.import', { content: text });
    expect(b.call('people.list', {}).total).toBeGreaterThanOrEqual(6000);
    // the mark moved to what the bundle carried: the next delta holds only what came after
    const next = await a.invoke('bundleJobs.export', { peer: 'Ministry of Fisheries' });
    expect(next.opsCount).toBeLessThan(10);
    b.call('sync.import', { content: fetched(a, next.downloadId).text });
    expect(b.call('people.get', { id: during }).name).toBe('Written during the export');
    expect(a.call('tasks.list', {})).toEqual([]);
    expect(fs.readdirSync(path.join(a.core.dir, 'downloads'))).toHaveLength(2);
    expect(a.call('sync.downloadDiscard', { downloadId: next.downloadId })).toEqual({ discarded: true });
    expect(a.refuse('sync.downloadChunk', { downloadId: next.downloadId, offset: 0 }).code).toBe('download_unknown');
    expect(a.refuse('sync.downloadChunk', { downloadId: made.downloadId, offset: made.bytes + 1 }).code).toBe('download_unknown');
    expect(a.refuse('sync.downloadChunk', { downloadId: 'not-an-id', offset: 0 } as never).code).toBe('invalid_input');
  });

  it('an upload previewed is imported from what the preview read: the file is not read again', { timeout: 60_000 }, async () => {
    const { text } = await colleagueBundle();
    const b = await openDesk();
    const uploadId = sendInChunks(b, text);
    const preview = await b.invoke('bundleJobs.preview', { fileName: 'colleague.sdbundle', uploaded: uploadId });
    // the copy in the data folder is damaged after the preview: the import does not read it
    const copy = path.join(b.core.dir, 'uploads', `${uploadId}.sdbundle`);
    fs.writeFileSync(copy, Buffer.alloc(fs.statSync(copy).size, 0x20));
    const result = await b.invoke('bundleJobs.import', { fileName: 'colleague.sdbundle', uploaded: uploadId });
    expect(result.opsNew).toBe(preview.opsNew);
    const reference = await openDesk();
    reference.call('sync.import', { content: text });
    expect(b.call('people.list', {}).items.map((p) => p.name)).toEqual(reference.call('people.list', {}).items.map((p) => p.name));

    // a preview let go (the upload discarded) holds nothing: a later import is refused in words
    const again = sendInChunks(b, text);
    await b.invoke('bundleJobs.preview', { uploaded: again });
    b.call('sync.uploadDiscard', { uploadId: again });
    expect((await b.refuseAsync('bundleJobs.import', { uploaded: again })).code).toBe('upload_incomplete');
  });
});
