import { useTranslation } from 'react-i18next';
import { framework } from '../../../shared/reference/frameworks/index.ts';
import { useRoute } from '../../state/route.ts';
import { frameworkName, itemCode, itemLabel } from './items.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

/** Where nothing carries a global commitment, and what carries each convention's plan. */
export function CoverageView() {
  const { t } = useTranslation(['targets', 'frameworks']);
  const go = useRoute((s) => s.go);
  const { data: coverage, error, reload } = useQuery('targets.coverage', {});
  if (!coverage) return error ? <LoadError error={error} onRetry={reload} /> : null;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('coverage.gapsTitle')}</h2>
        <p className="muted">{t('coverage.gapsHint')}</p>
        {coverage.gbfGaps.length === 0 ? (
          <p>{t('coverage.noGaps')}</p>
        ) : (
          <ul className="gaps" aria-label={t('coverage.gapsTitle')}>
            {coverage.gbfGaps.map((g) => (
              <li key={g.itemId}>
                {itemLabel(t, g.itemId)} <span className="muted">— {g.best === 'low' ? t('coverage.onlyLow') : t('coverage.none')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="by-convention-heading">
        <h2 id="by-convention-heading">{t('coverage.byConvention')}</h2>
        {coverage.byFramework.map((f) => (
          <details key={f.framework} className="coverage-framework" open={f.items.some((i) => i.targets.length > 0)}>
            <summary>
              {frameworkName(t, f.framework)}
              {framework(f.framework)?.status === 'superseded' && <span className="muted"> ({t('coverage.superseded')})</span>}
            </summary>
            <table className="table" aria-label={frameworkName(t, f.framework)}>
              <tbody>
                {f.items.map((i) => (
                  <tr key={i.itemId} className={i.targets.length ? undefined : 'muted'}>
                    <th scope="row">{itemLabel(t, i.itemId)}</th>
                    <td>
                      {i.targets.length === 0
                        ? t('coverage.nothing')
                        : i.targets.map((x) => (
                            <button
                              key={`${x.id}-${x.via ?? ''}`}
                              type="button"
                              className={`chip chip--button degree--${x.degree}`}
                              title={x.via ? t('serves.via', { code: itemCode(x.via) }) : t(`degree.${x.degree}`)}
                              onClick={() => go('targets', x.id)}
                            >
                              {x.code}
                              {x.via && <span className="muted"> ({itemCode(x.via)})</span>}
                            </button>
                          ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      </section>
    </div>
  );
}
