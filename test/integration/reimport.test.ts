import { describe, expect, it } from 'vitest';
import { openDesk } from '../helpers/desk.ts';

// A bundle offered again is recognised by its id and the digest of its ops as written, without
// reading its ops; a previewed bundle is imported without being sent again.

describe('the same bundle again, and import after preview', () => {
  it('recognises a bundle already imported, but not one altered under the same id, nor after an undo', async () => {
    const a = await openDesk();
    const b = await openDesk();
    a.person('Amina Okafor');
    const text = a.call('sync.export', {}).content;
    const first = b.call('sync.import', { content: text, fileName: 'a.sdbundle' });
    expect(first.opsNew).toBeGreaterThan(0);
    const again = b.call('sync.import', { content: text, fileName: 'a-again.sdbundle' });
    expect(again).toMatchObject({ importId: first.importId, alreadyImported: true, opsNew: 0, opsTotal: first.opsTotal, signature: 'unknown' });
    expect(b.call('sync.history', {}).imports).toHaveLength(1);
    expect(b.call('sync.preview', { content: text })).toMatchObject({ alreadyImported: true, opsNew: 0 });
    // the same id with other ops: read in full, and refused by its digest
    const altered = text.replace('Amina Okafor', 'Amina Okafor-Smith');
    expect(b.refuse('sync.import', { content: altered }).code).toBe('bundle_bad_digest');
    // after an undo the ops may be gone: the bundle is read and applied again
    b.call('sync.undo', {});
    const after = b.call('sync.import', { content: text });
    expect(after.importId).not.toBe(first.importId);
    expect(after.opsNew).toBe(first.opsNew);
  });

  it('imports the bundle just previewed without its text, and asks for it again when the preview is gone', async () => {
    const a = await openDesk();
    const b = await openDesk();
    a.person('Joseph Kamau');
    const text = a.call('sync.export', {}).content;
    const preview = b.call('sync.preview', { content: text });
    const result = b.call('sync.import', { previewed: preview.bundleId, fileName: 'a.sdbundle' });
    expect(result.opsNew).toBe(preview.opsNew);
    expect(b.call('people.list', {}).items.map((p) => p.name)).toEqual(['Joseph Kamau']);
    // kept once: the same id again, or another id, must come with the file
    expect(b.refuse('sync.import', { previewed: preview.bundleId }).code).toBe('preview_expired');
    expect(b.refuse('sync.import', { previewed: '00000000-0000-4000-8000-000000000000' }).code).toBe('preview_expired');
  });
});
