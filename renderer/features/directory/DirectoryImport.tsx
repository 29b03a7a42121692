import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_LIMITS } from '../../../shared/model/directory.ts';
import { useDirectoryImport } from '../../state/directory.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { isolateIn } from '../../ui/format.ts';
import { useQuery } from '../../state/queries.ts';
import { readFileAsBase64 } from '../../ui/files.ts';
import { DirectoryMappingTable } from './DirectoryMappingTable.tsx';
import { DirectoryRows } from './DirectoryRows.tsx';
import { DirectoryUnmatched } from './DirectoryUnmatched.tsx';

const ACCEPT = '.xlsx,.csv,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * How far the core has got through the file's sheet, then through checking its rows (again after a
 * new mapping or choice). `waiting`: the file is on its way to the core; say so until its work starts.
 */
function SheetProgress({ file, waiting }: { file: string; waiting: boolean }) {
  const { t, i18n } = useTranslation('directory');
  const task = (useQuery('tasks.list', {}).data ?? []).find((x) => x.kind === 'spreadsheetRead' || x.kind === 'spreadsheetCheck');
  const label = t(task?.kind === 'spreadsheetCheck' ? 'import.checking' : 'import.reading', { file: isolateIn(i18n.language, task?.subject ?? file) });
  if (task) return <ProgressBar label={label} done={task.done} total={task.total} />;
  return waiting ? <p role="status">{label}</p> : null;
}

/** Import of a directory spreadsheet: choose or drop a file, check the columns and the rows, import. */
export function DirectoryImport() {
  const { t } = useTranslation(['directory', 'errors']);
  const { file, preview, result, open, reset, undo } = useDirectoryImport();
  const show = useToasts((s) => s.show);
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const readFile = async (chosen: File) => {
    setError(null);
    if (chosen.size > DIRECTORY_LIMITS.maxBytes) return setError(t('errors:code.directory_too_large', { limitMb: DIRECTORY_LIMITS.maxBytes / 1024 / 1024 }));
    setReading(chosen.name);
    try {
      await open(chosen.name, await readFileAsBase64(chosen));
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setReading(null);
    }
  };

  return (
    <section className="card stack" aria-labelledby="directory-import-heading">
      <h2 id="directory-import-heading">{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      {!preview && (
        <FileDrop accept={ACCEPT} dropLabel={t('import.drop')} orLabel={t('import.or')} chooseLabel={t('import.choose')} onFile={readFile} testId="directory-dropzone" />
      )}
      {reading && <SheetProgress file={reading} waiting />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="directory-result">
          <p className="success" role="status">
            {t('import.done', { ...result })}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              void undo()
                .then((r) => show({ tone: 'info', message: t('import.undone', { ...r }) }))
                .catch((err: unknown) => setError(errorMessage(t, err)))
            }
          >
            {t('import.undo')}
          </button>
        </div>
      )}
      {preview && file && (
        <>
          <div className="directory-file">
            <p>{t('import.file', { file: file.name, row: preview.headerRow })}</p>
            <button type="button" className="button button--small" onClick={reset}>
              {t('import.another')}
            </button>
          </div>
          <SheetProgress file={file.name} waiting={false} />
          <DirectoryMappingTable onError={setError} />
          <DirectoryUnmatched onError={setError} />
          <DirectoryRows onError={setError} />
        </>
      )}
    </section>
  );
}
