import { syncChannels } from '../../../shared/contract/sync.ts';
import { defineArea } from '../area.ts';
import { exportBundleFile } from './export-file.ts';
import { importBundle, importPreviewed, previewImport, undoLastImport } from './import.ts';
import digest from './migrations/0014_import_digest.ts';
import { exportPeers, identity, importHistory } from './service.ts';

/** Bundles out and in: export, preview, import, undo, history. */
export const syncArea = defineArea({
  name: 'sync',
  channels: syncChannels,
  handlers: {
    'sync.identity': (s) => identity(s),
    'sync.export': (s, i) => exportBundleFile(s, i),
    'sync.preview': (s, i) => previewImport(s, i.content),
    'sync.import': (s, i) => ('previewed' in i ? importPreviewed(s, i.previewed, i.fileName ?? null) : importBundle(s, i.content, i.fileName ?? null)),
    'sync.undo': (s) => undoLastImport(s),
    'sync.history': (s) => ({ imports: importHistory(s), exportPeers: exportPeers(s) }),
  },
  migrations: [{ version: 14, name: '0014_import_digest', sql: digest }],
});
