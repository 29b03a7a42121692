import type { Store } from '../store.ts';
import { scanFolderFile } from '../sync-folder/scan.ts';
import { exportBundleToFile } from '../sync/export.ts';
import { importBundleFile, previewBundleFile } from '../sync/import-stream.ts';
import type { BundleJob, JobResult } from './job.ts';

/** The job itself, the same in the worker and (where no worker can start) on the core's thread. */
export function doJob(store: Store, job: BundleJob, onProgress: (done: number, total: number) => void): JobResult {
  switch (job.mode) {
    case 'folderFile':
      return scanFolderFile(store, job.dir, job.name, onProgress);
    case 'preview':
      return previewBundleFile(store, job.file, { onProgress });
    case 'import':
      return importBundleFile(store, job.file, { fileName: job.fileName, onProgress });
    case 'export': {
      const { file: _file, ...exported } = exportBundleToFile(store, job.file, { peer: job.peer, scope: job.scope, onProgress, mark: false });
      return exported;
    }
  }
}
