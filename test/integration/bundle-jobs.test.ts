import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../helpers/desk.ts';
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
    // while the worker imports: reads answer, writes wait
    expect(withWorker.call('people.list', {}).total).toBe(0);
    expect(withWorker.refuse('people.create', { name: 'During the import' }).code).toBe('store_busy');
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
});
