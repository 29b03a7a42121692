import { afterAll, beforeAll, describe } from 'vitest';
import { streamReading } from '../../electron/core/sync/bundle-stream.ts';
import { streaming } from '../../electron/core/sync/import-stream.ts';
import { syncFolderCases } from './sync-folder-cases.ts';

// The same cases with every bundle in the folder streamed, as a desk's full bundle of years of
// history is (over 32 MB): read in chunks of a few bytes, applied a few ops at a time. What the
// desks end with, and what the history says about each file, must not change.

describe('sync through a shared folder, every file streamed', () => {
  const saved = { ...streaming, ...streamReading };
  beforeAll(() => {
    streaming.fromBytes = -1;
    streamReading.chunkBytes = 61;
    streamReading.batchOps = 3;
  });
  afterAll(() => {
    streaming.fromBytes = saved.fromBytes;
    streamReading.chunkBytes = saved.chunkBytes;
    streamReading.batchOps = saved.batchOps;
  });
  syncFolderCases();
});
