import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors.ts';
import { saveBase64File } from './files.ts';

interface FileExportCardProps<F extends string> {
  title: string;
  intro: string;
  formats: readonly { format: F; label: string }[];
  /** makes the file in the core */
  make: (format: F) => Promise<{ fileName: string; dataBase64: string; mime: string }>;
  preparing: string;
  /** how far the core has got, while it makes the file (a TaskProgress); shown with `preparing` */
  progress?: ReactNode;
  saved: (file: string) => string;
}

/** A card of buttons that each make a file in the core and save it. */
export function FileExportCard<F extends string>({ title, intro, formats, make, preparing, progress, saved }: FileExportCardProps<F>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `export-${title.replace(/\W+/g, '-')}`;

  const save = async (format: F) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await make(format);
      saveBase64File(file.fileName, file.dataBase64, file.mime);
      setDone(file.fileName);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{intro}</p>
      <div className="form-actions">
        {formats.map(({ format, label }) => (
          <button key={format} type="button" className="button" disabled={busy} onClick={() => void save(format)}>
            {label}
          </button>
        ))}
      </div>
      {busy && <p role="status">{preparing}</p>}
      {busy && progress}
      {done && (
        <p className="success" role="status">
          {saved(done)}
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
