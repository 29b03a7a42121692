import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { errorMessage } from '../../ui/errors.ts';
import { saveBase64File } from '../../ui/files.ts';

const FORMATS = ['xlsx', 'csv', 'vcard'] as const;

/** The directory as Excel, CSV or contact cards, saved as a file. */
export function DirectoryExport() {
  const { t } = useTranslation(['directory', 'errors']);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (format: (typeof FORMATS)[number]) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await call('directory.export', { format });
      saveBase64File(file.fileName, file.dataBase64, file.mime);
      setSaved(file.fileName);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="directory-export-heading">
      <h2 id="directory-export-heading">{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <div className="form-actions">
        {FORMATS.map((format) => (
          <button key={format} type="button" className="button" disabled={busy} onClick={() => void save(format)}>
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      {busy && <p role="status">{t('export.preparing')}</p>}
      {saved && (
        <p className="success" role="status">
          {t('export.saved', { file: saved })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
