import { call } from '../../api/client.ts';
import { readFileAsBase64 } from '../../ui/files.ts';

// A bundle too large to send as one text (a desk's full bundle of years of history) goes to the core
// in chunks, in order, each read from the file only when it is sent: the page never holds the whole
// file. The core previews and imports it by its upload id, streamed.

export async function uploadBundle(file: File, progress: (sent: number, total: number) => void): Promise<string> {
  const { uploadId, chunkBytes } = await call('sync.uploadStart', { fileName: file.name.slice(0, 260), size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      const data = await readFileAsBase64(file.slice(offset, offset + chunkBytes));
      await call('sync.uploadChunk', { uploadId, offset, data });
      progress(Math.min(offset + chunkBytes, file.size), file.size);
    }
  } catch (err) {
    await call('sync.uploadDiscard', { uploadId }).catch(() => undefined);
    throw err;
  }
  return uploadId;
}
