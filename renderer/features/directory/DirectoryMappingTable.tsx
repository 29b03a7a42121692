import { useTranslation } from 'react-i18next';
import { DIRECTORY_TARGETS, type DirectoryTarget } from '../../../shared/model/directory.ts';
import { useDirectoryImport } from '../../state/directory.ts';
import { errorMessage } from '../../ui/errors.ts';

/** One line per column of the file: its name, a few values, and what it is imported as. */
export function DirectoryMappingTable({ onError }: { onError: (message: string | null) => void }) {
  const { t } = useTranslation(['directory', 'errors']);
  const { preview, remap } = useDirectoryImport();
  if (!preview) return null;

  const change = (index: number, target: DirectoryTarget | null) => {
    onError(null);
    const mapping = preview.mapping.map((m, i) => (i === index ? target : m));
    remap(mapping).catch((err: unknown) => onError(errorMessage(t, err)));
  };

  return (
    <div className="stack">
      <h3 id="directory-mapping-heading">{t('import.mappingTitle')}</h3>
      <p className="field__hint">{t('import.mappingHint')}</p>
      <div className="table-scroll">
        <table className="table" aria-labelledby="directory-mapping-heading">
          <thead>
            <tr>
              <th scope="col">{t('import.header')}</th>
              <th scope="col">{t('import.samples')}</th>
              <th scope="col">{t('import.target')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => {
              const header = c.header || t('import.unnamed', { n: c.index + 1 });
              return (
                <tr key={c.index}>
                  <th scope="row">{header}</th>
                  <td className="muted">{c.samples.join(' · ')}</td>
                  <td>
                    <select
                      aria-label={t('import.targetFor', { column: header })}
                      value={preview.mapping[c.index] ?? ''}
                      onChange={(e) => change(c.index, (e.target.value || null) as DirectoryTarget | null)}
                    >
                      <option value="">{t('targets.ignore')}</option>
                      {DIRECTORY_TARGETS.map((target) => (
                        <option key={target} value={target}>
                          {t(`targets.${target}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
