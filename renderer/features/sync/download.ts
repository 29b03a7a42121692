import { call } from '../../api/client.ts';
import { base64ToBytes } from '../../ui/files.ts';

/**
 * A bundle the core made into a file (bundleJobs.export), fetched in chunks into one Blob: a full
 * export of years of history never becomes one string here either. The core's copy goes after.
 */
export async function fetchDownload(d: { downloadId: string; bytes: number }, onProgress: (done: number, total: number) => void): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  try {
    for (;;) {
      const chunk = await call('sync.downloadChunk', { downloadId: d.downloadId, offset });
      const bytes = base64ToBytes(chunk.data);
      parts.push(bytes);
      offset += bytes.length;
      onProgress(offset, d.bytes);
      if (chunk.done) break;
    }
  } finally {
    await call('sync.downloadDiscard', { downloadId: d.downloadId }).catch(() => undefined);
  }
  return new Blob(parts, { type: 'application/json' });
}
