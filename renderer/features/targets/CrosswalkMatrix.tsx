import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworks } from '../../../shared/reference/frameworks/index.ts';
import { useRoute } from '../../state/route.ts';
import { frameworkName, itemCode, itemLabel } from './items.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** National targets by the goals and targets of one framework; the filter keeps typing smooth on large plans. */
export function CrosswalkMatrix() {
  const { t } = useTranslation(['targets', 'frameworks']);
  const go = useRoute((s) => s.go);
  const [frameworkId, setFramework] = useState('gbf');
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const { data: matrix, error, reload } = useQuery('targets.matrix', { framework: frameworkId });
  const rows = useMemo(() => {
    const words = fold(deferred).split(/\s+/).filter(Boolean);
    return (matrix?.rows ?? []).filter((r) => words.every((w) => fold(`${r.code ?? ''} ${r.title ?? ''}`).includes(w)));
  }, [matrix, deferred]);

  return (
    <div className="card matrix-wrap">
      <div className="inline-form">
        <div className="field">
          <label htmlFor="matrix-framework">{t('matrix.framework')}</label>
          <select id="matrix-framework" value={frameworkId} onChange={(e) => setFramework(e.target.value)}>
            {frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {frameworkName(t, f.id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-filter">{t('matrix.filter')}</label>
          <input id="matrix-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {matrix && (
        <table className="table matrix crosswalk">
          <caption>{t('matrix.caption', { framework: frameworkName(t, frameworkId) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.target')}</th>
              {matrix.columns.map((c) => (
                <th key={c} scope="col" title={itemLabel(t, c)}>
                  {itemCode(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <button type="button" className="button--link-dark" onClick={() => go('targets', r.id)} title={r.title ?? ''}>
                    {r.code}
                  </button>
                </th>
                {matrix.columns.map((c) => {
                  const d = r.cells[c];
                  return (
                    <td key={c} className={d ? `degree-cell degree-cell--${d}` : undefined} title={d ? `${r.code} → ${itemCode(c)}: ${t(`degree.${d}`)}` : undefined}>
                      {d ? t(`degreeShort.${d}`) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {matrix && rows.length === 0 && <p className="muted">{t('matrix.none')}</p>}
    </div>
  );
}
