import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/sync.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { readFileWithProgress } from '../../ui/files.ts';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { MAX_UPLOAD_BYTES, UPLOAD_FROM_BYTES } from '../../../shared/model/sync.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { uploadBundle } from './upload.ts';


/** Pick or drop a bundle; it is checked and previewed before anything changes. */
export function ImportCard() {
  const { t } = useTranslation(['sync', 'errors']);
  const { pending, preview, previewUploaded } = useSync();
  const show = useToasts((s) => s.show);
  const [reading, setReading] = useState<{ file: string; done: number; total: number; sending: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const readFile = async (file: File) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) return setError(t('errors:code.bundle_too_large', { limitMb: MAX_UPLOAD_BYTES / 1024 / 1024 }));
    const sending = file.size > UPLOAD_FROM_BYTES;
    setReading({ file: file.name, done: 0, total: file.size, sending });
    try {
      if (sending) {
        // too large for one text: sent in chunks, then previewed by the core from its copy, streamed
        const uploadId = await uploadBundle(file, (done, total) => setReading({ file: file.name, done, total, sending }));
        setReading({ file: file.name, done: file.size, total: file.size, sending: false });
        await previewUploaded(file.name, uploadId);
        return;
      }
      const bytes = new Uint8Array(await readFileWithProgress(file, (done, total) => setReading({ file: file.name, done, total, sending })));
      let content: string;
      try {
        content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw Object.assign(new Error('not utf-8'), { payload: null });
      }
      await preview(file.name, content);
    } catch (err) {
      setError(err instanceof Error && 'payload' in err && err.payload === null ? t('errors:code.bundle_not_utf8') : errorMessage(t, err));
    } finally {
      setReading(null);
    }
  };

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.title')}</h2>
      <FileDrop accept=".sdbundle,.json,application/json" dropLabel={t('import.drop')} orLabel={t('import.or')} chooseLabel={t('import.choose')} onFile={readFile} testId="dropzone" />
      {reading && <ProgressBar label={t(reading.sending ? 'import.sending' : 'import.reading', { file: reading.file })} done={reading.done} total={reading.total} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {pending && <ImportPreview onError={(msg) => show({ tone: 'error', message: msg })} />}
    </section>
  );
}
