import { bundleJobsChannels } from '../../../shared/contract/bundle-jobs.ts';
import type { ImportResult } from '../sync/import.ts';
import { defineArea } from '../area.ts';
import { watchSyncFolder } from '../sync-folder/watcher.ts';
import { runBundleJob, runExportJob, runFolderFileJob } from './run.ts';

/**
 * Large bundles, checked and imported in a worker thread with their progress (see run.ts); and the
 * sync folder's watcher, started here so that the folder's large files go through the same worker.
 */
export const bundleJobsArea = defineArea({
  name: 'bundle-jobs',
  uses: ['tasks', 'sync-folder'],
  channels: bundleJobsChannels,
  handlers: {
    'bundleJobs.preview': (s, i) => runBundleJob(s, 'preview', i.uploaded, i.fileName ?? null),
    'bundleJobs.import': (s, i) => runBundleJob(s, 'import', i.uploaded, i.fileName ?? null) as Promise<ImportResult>,
    'bundleJobs.export': (s, i) => runExportJob(s, i),
  },
  start: (store) => watchSyncFolder(store, { readLarge: (dir, name) => runFolderFileJob(store, dir, name) }),
});
