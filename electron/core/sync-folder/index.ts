import { syncFolderChannels } from '../../../shared/contract/sync-folder.ts';
import { defineArea } from '../area.ts';
import sql from './migrations/0013_sync_folder.ts';
import { decideSigner, folderStatus, runFolder, setFolder } from './service.ts';
import { watchSyncFolder } from './watcher.ts';

/** Sync through a shared folder that an existing file-sync engine replicates. */
export const syncFolderArea = defineArea({
  name: 'sync-folder',
  uses: ['peers'],
  channels: syncFolderChannels,
  handlers: {
    'syncFolder.status': (s) => folderStatus(s),
    'syncFolder.set': (s, i) => setFolder(s, i),
    'syncFolder.run': (s) => runFolder(s),
    'syncFolder.decide': (s, i) => decideSigner(s, i),
  },
  migrations: [{ version: 13, name: '0013_sync_folder', sql }],
  start: (store) => watchSyncFolder(store),
});
