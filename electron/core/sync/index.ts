import { syncChannels } from '../../../shared/contract/sync.ts';
import { defineArea } from '../area.ts';
import { exportBundleFile } from './export-file.ts';
import { importBundle, importPreviewed, previewImport, undoLastImport } from './import.ts';
import digest from './migrations/0014_import_digest.ts';
import opsByRow from './migrations/0017_ops_by_row.ts';
import { importBundleFile, previewBundleFile } from './import-stream.ts';
import { exportPeers, identity, importHistory } from './service.ts';
import { addChunk, discardUpload, startUpload, uploadedFile } from './uploads.ts';
import { discardDownload, readDownloadChunk } from './downloads.ts';
import type { Store } from '../store.ts';

/** An upload is imported once: the file goes when the import is done (or refused: it is chosen again). */
function importUploaded(store: Store, uploadId: string, fileName: string | null) {
  const file = uploadedFile(store, uploadId);
  try {
    return importBundleFile(store, file, { fileName });
  } finally {
    discardUpload(store, uploadId);
  }
}

/** Bundles out and in: export, preview, import, undo, history. */
export const syncArea = defineArea({
  name: 'sync',
  channels: syncChannels,
  handlers: {
    'sync.identity': (s) => identity(s),
    'sync.export': (s, i) => exportBundleFile(s, i),
    'sync.preview': (s, i) => ('uploaded' in i ? previewBundleFile(s, uploadedFile(s, i.uploaded)) : previewImport(s, i.content)),
    'sync.import': (s, i) => ('previewed' in i ? importPreviewed(s, i.previewed, i.fileName ?? null) : 'uploaded' in i ? importUploaded(s, i.uploaded, i.fileName ?? null) : importBundle(s, i.content, i.fileName ?? null)),
    'sync.uploadStart': (s, i) => startUpload(s, i.size),
    'sync.uploadChunk': (s, i) => addChunk(s, i.uploadId, i.offset, i.data),
    'sync.uploadDiscard': (s, i) => discardUpload(s, i.uploadId),
    'sync.downloadChunk': (s, i) => readDownloadChunk(s, i.downloadId, i.offset),
    'sync.downloadDiscard': (s, i) => discardDownload(s, i.downloadId),
    'sync.undo': (s) => undoLastImport(s),
    'sync.history': (s) => ({ imports: importHistory(s), exportPeers: exportPeers(s) }),
  },
  migrations: [
    { version: 14, name: '0014_import_digest', sql: digest },
    { version: 17, name: '0017_ops_by_row', sql: opsByRow },
  ],
});
