import { async, read, write } from './define.ts';
import { exportedFile, exportInput, importResult, importSummary, uploadedBundle } from '../model/sync.ts';

// A large bundle sent in chunks (sync.uploadStart/uploadChunk) is checked and imported away from
// the core's own thread, with its progress on the 'tasks' topic: the window answers meanwhile, and
// every other write waits (refused with store_busy) until the import is done. An export is made
// into a file the same way, with its progress, and fetched in chunks (sync.downloadChunk).

export const bundleJobsChannels = {
  'bundleJobs.preview': async(read(uploadedBundle, importSummary, ['peers'])),
  'bundleJobs.import': async(write(uploadedBundle, importResult, ['imports'])),
  'bundleJobs.export': async(write(exportInput, exportedFile, ['exports'])),
};
