import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/sync.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { ProgressBar, TaskProgress } from '../../ui/ProgressBar.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { BundleNotUtf8, BundleTooLarge, openBundleFile } from './open-file.ts';

/** Pick or drop a bundle; it is checked and previewed before anything changes. */
export function ImportCard() {
  const { t } = useTranslation(['sync', 'errors']);
  const { pending, opening, openError, jobFile } = useSync();
  const show = useToasts((s) => s.show);
  const error =
    openError === null
      ? null
      : openError instanceof BundleTooLarge
        ? t('errors:code.bundle_too_large', { limitMb: openError.limitMb })
        : openError instanceof BundleNotUtf8
          ? t('errors:code.bundle_not_utf8')
          : errorMessage(t, openError);

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.title')}</h2>
      <FileDrop accept=".sdbundle,.json,application/json" dropLabel={t('import.drop')} orLabel={t('import.or')} chooseLabel={t('import.choose')} onFile={(file) => void openBundleFile(file)} testId="dropzone" />
      <TaskProgress kinds={['bundlePreview', 'bundleImport']} label={(kind) => t(kind === 'bundleImport' ? 'import.importing' : 'import.checking', { file: jobFile ?? '' })} />
      {opening && <ProgressBar label={t(opening.sending ? 'import.sending' : 'import.reading', { file: opening.file })} done={opening.done} total={opening.total} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {pending && <ImportPreview onError={(msg) => show({ tone: 'error', message: msg })} />}
    </section>
  );
}
