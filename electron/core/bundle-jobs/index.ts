import { bundleJobsChannels } from '../../../shared/contract/bundle-jobs.ts';
import type { ImportResult } from '../sync/import.ts';
import { defineArea } from '../area.ts';
import { runBundleJob } from './run.ts';

/** Large bundles, checked and imported in a worker thread with their progress (see run.ts). */
export const bundleJobsArea = defineArea({
  name: 'bundle-jobs',
  uses: ['tasks'],
  channels: bundleJobsChannels,
  handlers: {
    'bundleJobs.preview': (s, i) => runBundleJob(s, 'preview', i.uploaded, i.fileName ?? null),
    'bundleJobs.import': (s, i) => runBundleJob(s, 'import', i.uploaded, i.fileName ?? null) as Promise<ImportResult>,
  },
});
