import { useTranslation } from 'react-i18next';
import { conventions, scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import { instrumentName, roleTitle } from './roles.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

/** Conventions by institutions: at a glance, who must talk to whom. */
export function CoordinationMatrix() {
  const { t } = useTranslation(['focal', 'reference']);
  const { data: matrix, error, reload } = useQuery('focal-points.matrix', {});
  if (!matrix) return error ? <LoadError error={error} onRetry={reload} /> : null;
  if (matrix.rows.length === 0) return <p className="empty card">{t('matrix.empty')}</p>;
  return (
    <div className="card matrix-wrap">
      <table className="table matrix">
        <caption>{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.institution')}</th>
            {matrix.conventions.map((c) => (
              <th key={c} scope="col" title={t(`reference:conventions.${c}`)}>
                {conventions.find((x) => x.id === c)?.abbreviation}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => (
            <tr key={r.institutionId ?? 'none'}>
              <th scope="row">{r.institutionName ?? <em>{t('byInstitution.noInstitution')}</em>}</th>
              {matrix.conventions.map((c) => (
                <td key={c} className={r.cells[c]?.length ? 'matrix__cell--filled' : undefined}>
                  {r.cells[c]?.map((x, i) => (
                    <span key={i} className="matrix__role" title={[roleTitle(t, x.roleId), x.instrumentId && instrumentName(t, x.instrumentId), x.personName].filter(Boolean).join(' — ')}>
                      {roleType(x.roleId)?.abbreviation ?? roleTitle(t, x.roleId)}
                      {x.instrumentId && !roleType(x.roleId)?.instrument && <> ({scopeAbbreviation(c, x.instrumentId)})</>}
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
