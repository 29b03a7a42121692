import { folderDecision, folderPathInput, folderRun, folderStatus } from '../model/sync-folder.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// Sync through a shared folder: where it is, what the desk did there, and the signers it does not
// know yet, accepted or refused by the user. The desk also runs by itself (a watcher in the core).

export const syncFolderChannels = {
  'syncFolder.status': read(empty, folderStatus, ['syncFolder', 'peers', 'imports']),
  'syncFolder.set': write(folderPathInput, folderStatus, ['syncFolder']),
  'syncFolder.run': write(empty, folderRun, ['syncFolder', 'imports', 'exports']),
  'syncFolder.decide': write(folderDecision, folderRun, ['syncFolder', 'peers', 'imports']),
};
