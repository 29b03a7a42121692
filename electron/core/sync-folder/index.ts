import { syncFolderChannels } from '../../../shared/contract/sync-folder.ts';
import { defineArea } from '../area.ts';
import sql from './migrations/0013_sync_folder.ts';
import { decideSigner, folderStatus, runFolder, setFolder } from './service.ts';

/**
 * Sync through a shared folder that an existing file-sync engine replicates. Its watcher
 * (watcher.ts) is started by the bundle-jobs area, which reads the folder's large files in a worker.
 */
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
});
