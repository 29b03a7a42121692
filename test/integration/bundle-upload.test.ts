import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uploadFromPath } from '../../electron/core/sync/uploads.ts';
import { openDesk, type TestDesk } from '../helpers/desk.ts';
import { colleagueBundle, sendInChunks } from '../helpers/uploads.ts';

// A bundle too large for one text is sent from the page in chunks, in order, then previewed and
// imported by its upload id (streamed by the core). Out-of-order, unknown and unfinished uploads are
// refused in words and change nothing; the file goes once imported or discarded.

const uploads = (desk: TestDesk) => fs.readdirSync(path.join(desk.core.dir, 'uploads'));

describe('bundles sent in chunks', () => {
  it('previews and imports a bundle sent in chunks exactly as one sent as text, and keeps no copy', async () => {
    const { desk: a, text } = await colleagueBundle('Сергей Иванов');
    const byText = await openDesk();
    const byChunks = await openDesk();
    const uploadId = sendInChunks(byChunks, text, 97, 'full.sdbundle');
    const before = byChunks.dumpText();
    const preview = byChunks.call('sync.preview', { fileName: 'full.sdbundle', uploaded: uploadId });
    expect(byChunks.dumpText()).toBe(before);
    expect(preview).toEqual(byText.call('sync.preview', { content: text }));
    expect(preview.signerKey).toBe(a.call('sync.identity', {}).publicKey);
    const result = byChunks.call('sync.import', { fileName: 'full.sdbundle', uploaded: uploadId });
    expect(result.opsNew).toBe(preview.opsNew);
    byText.call('sync.import', { content: text });
    expect(byChunks.dumpText()).toBe(byText.dumpText());
    expect(uploads(byChunks)).toEqual([]);
    expect(byChunks.call('sync.history', {}).imports[0].fileName).toBe('full.sdbundle');
    // imported once: the id is gone
    expect(byChunks.refuse('sync.import', { uploaded: uploadId }).code).toBe('upload_incomplete');

    // a file the desktop shell was asked to open (double-click) is copied in whole and previewed the same way
    const opened = path.join(byChunks.core.dir, 'opened.sdbundle');
    fs.writeFileSync(opened, text);
    const copied = uploadFromPath(byChunks.core.store, opened);
    expect(byChunks.call('sync.preview', { uploaded: copied })).toMatchObject({ bundleId: preview.bundleId, alreadyImported: true });
    expect(byChunks.call('sync.uploadDiscard', { uploadId: copied })).toEqual({ discarded: true });
  });

  it('refuses chunks out of order, an unfinished or unknown upload, and bad chunks, changing nothing', async () => {
    const a = await openDesk();
    a.person('Joseph Kamau');
    const bytes = Buffer.from(a.call('sync.export', {}).content);
    const b = await openDesk();
    const { uploadId } = b.call('sync.uploadStart', { fileName: 'x.sdbundle', size: bytes.length });
    b.call('sync.uploadChunk', { uploadId, offset: 0, data: bytes.subarray(0, 100).toString('base64') });
    expect(b.refuse('sync.uploadChunk', { uploadId, offset: 300, data: bytes.subarray(300, 400).toString('base64') }).code).toBe('upload_out_of_order');
    expect(b.refuse('sync.uploadChunk', { uploadId, offset: 100, data: Buffer.alloc(bytes.length).toString('base64') }).code).toBe('upload_out_of_order');
    expect(b.refuse('sync.preview', { uploaded: uploadId }).code).toBe('upload_incomplete');
    expect(b.refuse('sync.import', { uploaded: uploadId }).code).toBe('upload_incomplete');
    expect(b.refuse('sync.uploadChunk', { uploadId: '00000000-0000-4000-8000-000000000000', offset: 0, data: 'AAAA' }).code).toBe('upload_unknown');
    expect(b.refuse('sync.uploadChunk', { uploadId, offset: 100, data: 'not base64!' }).code).toBe('invalid_input');
    expect(b.refuse('sync.uploadStart', { fileName: 'huge.sdbundle', size: 3 * 1024 ** 3 }).code).toBe('invalid_input');
    expect(b.call('sync.uploadDiscard', { uploadId })).toEqual({ discarded: true });
    expect(uploads(b)).toEqual([]);
    expect(b.refuse('sync.uploadChunk', { uploadId, offset: 100, data: 'AAAA' }).code).toBe('upload_unknown');
    // a damaged bundle sent whole is refused by its content, and its copy goes
    const damaged = Buffer.from(bytes.toString('utf8').replace('Joseph Kamau', 'Joseph Kamau Jr'));
    const again = b.call('sync.uploadStart', { fileName: 'damaged.sdbundle', size: damaged.length }).uploadId;
    b.call('sync.uploadChunk', { uploadId: again, offset: 0, data: damaged.toString('base64') });
    expect(b.refuse('sync.import', { uploaded: again }).code).toBe('bundle_bad_digest');
    expect(uploads(b)).toEqual([]);
  });
});
