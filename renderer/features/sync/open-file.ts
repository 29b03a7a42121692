import { MAX_BUNDLE_FILE_BYTES, UPLOAD_FROM_BYTES } from '../../../shared/bundle-sizes.ts';
import { useSync } from '../../state/sync.ts';
import { readFileWithProgress } from '../../ui/files.ts';
import { uploadBundle } from './upload.ts';

// A bundle file chosen on the Exchange page or dropped anywhere on the window, on its way to a
// preview: read by the page and sent as one text, or, when too large for that, sent in chunks and
// previewed by the core from its copy (streamed). Progress and the reason of a refusal live in the
// sync state, so the Exchange page shows them whichever door the file came in by.

/** Reasons the page finds itself, before the core sees the file. */
export class BundleTooLarge extends Error {
  readonly limitMb = MAX_BUNDLE_FILE_BYTES / 1024 / 1024;
}
export class BundleNotUtf8 extends Error {}

export async function openBundleFile(file: File): Promise<void> {
  const { setOpening, setOpenError, preview, previewUploaded } = useSync.getState();
  setOpenError(null);
  const sending = file.size > UPLOAD_FROM_BYTES;
  const progress = (done: number, total: number) => setOpening({ file: file.name, done, total, sending });
  progress(0, file.size);
  try {
    if (file.size > MAX_BUNDLE_FILE_BYTES) throw new BundleTooLarge();
    if (sending) {
      const uploadId = await uploadBundle(file, progress);
      setOpening(null); // the core's check shows its own progress (a task)
      return await previewUploaded(file.name, uploadId);
    }
    const bytes = new Uint8Array(await readFileWithProgress(file, progress));
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new BundleNotUtf8();
    }
    await preview(file.name, content);
  } catch (err) {
    setOpenError(err);
  } finally {
    setOpening(null);
  }
}
