import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryRow } from '../../../shared/model/directory.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import { useDirectoryImport } from '../../state/directory.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatNumber } from '../../ui/format.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { instrumentName, roleTitle } from '../focal-points/roles.ts';

const PAGE = 200;

/** What the row's check column says: its problems, a person it may repeat, or that it is ready. */
function RowCheck({ row }: { row: DirectoryRow }) {
  const { t } = useTranslation(['directory', 'errors']);
  if (row.errors.length > 0) {
    return (
      <ul className="row-issues">
        {row.errors.map((e) => (
          <li key={e.field} className="field__error">
            {t(`targets.${e.field}`, { defaultValue: e.field })}: {t(`errors:field.${e.code}`, { defaultValue: t('errors:field.invalid') })}
          </li>
        ))}
      </ul>
    );
  }
  const d = row.duplicate;
  if (d) {
    // the same person again, with another hat: one person, all their roles
    const key = d.personId ? d.reason : row.designations.length > 0 ? 'secondRole' : d.reason === 'email' ? 'rowEmail' : 'rowName';
    return <span className="badge badge--low">{t(`import.duplicate.${key}`, { name: d.name, row: d.row })}</span>;
  }
  if (row.unmatched.length > 0) return <span className="badge badge--low">{t('import.unmatched.rowHint', { count: row.unmatched.length })}</span>;
  return <span className="muted">{t('import.ready')}</span>;
}

/** The rows of the file, with their checks; the chosen ones are imported. */
export function DirectoryRows({ onError }: { onError: (message: string | null) => void }) {
  const { t, i18n } = useTranslation(['directory', 'errors', 'reference']);
  const { preview, chosen, duplicates, toggle, setDuplicates, apply } = useDirectoryImport();
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState(false);
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  if (!preview) return null;
  const n = (x: number) => formatNumber(x, i18n.language);

  const run = async () => {
    onError(null);
    if (chosen.length === 0) return onError(t('import.nothingChosen'));
    setBusy(true);
    try {
      await apply();
    } catch (err) {
      onError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <h3 id="directory-rows-heading">{t('import.rowsTitle')}</h3>
      <p data-testid="directory-totals">
        {t('import.totals', { rows: n(preview.totals.rows), valid: n(preview.totals.valid), invalid: n(preview.totals.invalid), duplicates: n(preview.totals.duplicates) })}
      </p>
      <div className="table-scroll">
        <table className="table directory-rows" aria-labelledby="directory-rows-heading">
          <thead>
            <tr>
              <th scope="col">{t('import.chooseColumn')}</th>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('targets.person.name')}</th>
              <th scope="col">{t('targets.person.email')}</th>
              <th scope="col">{t('targets.institution.name')}</th>
              <th scope="col">{t('targets.designation.role')}</th>
              <th scope="col">{t('import.status')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, shown).map((row) => (
              <tr key={row.index} className={row.errors.length ? 'directory-row--invalid' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('import.chooseRow', { n: row.index })}
                    checked={chosenSet.has(row.index)}
                    disabled={row.errors.length > 0}
                    onChange={() => toggle(row.index)}
                  />
                </td>
                <td>{row.index}</td>
                <td dir="auto">{row.values['person.name']}</td>
                <td>{row.values['person.email']}</td>
                <td>
                  {row.institution?.name}
                  {row.institution && !row.institution.existingId && <span className="muted"> {t('import.newInstitution')}</span>}
                </td>
                <td>
                  {row.designations.length > 0 ? (
                    <ul className="plain-list">
                      {row.designations.map((x) => (
                        <li key={`${x.roleId}-${x.instrumentId ?? ''}`}>
                          {roleTitle(t, x.roleId)}
                          {x.instrumentId && !roleType(x.roleId)?.instrument && <span className="muted"> ({instrumentName(t, x.instrumentId)})</span>}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span dir="auto">{row.values['designation.role']}</span>
                  )}
                </td>
                <td>
                  <RowCheck row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length > shown && (
        <button type="button" className="button button--small" onClick={() => setShown(shown + PAGE)}>
          {t('import.showMore', { count: preview.rows.length - shown })}
        </button>
      )}
      {preview.totals.duplicates > 0 && (
        <RadioGroup
          legend={t('import.duplicates')}
          name="directory-duplicates"
          value={duplicates}
          onChange={setDuplicates}
          options={[
            { value: 'skip', label: t('import.skip') },
            { value: 'update', label: t('import.update') },
          ]}
        />
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy || chosen.length === 0} onClick={() => void run()}>
          {busy ? t('import.importing') : t('import.import', { count: chosen.length })}
        </button>
      </div>
    </div>
  );
}
