import { async, read, write } from './define.ts';
import { importResult, importSummary, uploadedBundle } from '../model/sync.ts';

// A large bundle sent in chunks (sync.uploadStart/uploadChunk) is checked and imported away from
// the core's own thread, with its progress on the 'tasks' topic: the window answers meanwhile, and
// every other write waits (refused with store_busy) until the import is done.

export const bundleJobsChannels = {
  'bundleJobs.preview': async(read(uploadedBundle, importSummary, ['peers'])),
  'bundleJobs.import': async(write(uploadedBundle, importResult, ['imports'])),
};
