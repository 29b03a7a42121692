import { useTranslation } from 'react-i18next';
import type { TargetServes as Serves } from '../../../shared/model/targets.ts';
import { frameworkAbbreviation, itemCode, itemLabel } from './items.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

/** Per national target: everything it serves across conventions. */
export function TargetServes({ id }: { id: string }) {
  const { t } = useTranslation(['targets', 'frameworks']);
  const { data: serves, error, reload } = useQuery('targets.serves', { id });
  if (!serves) return error ? <LoadError error={error} onRetry={reload} /> : null;
  const byFramework = new Map<string, Serves['items']>();
  for (const i of serves.items) byFramework.set(i.framework, [...(byFramework.get(i.framework) ?? []), i]);
  return (
    <section className="serves" aria-labelledby={`serves-${id}`}>
      <h3 id={`serves-${id}`}>{t('serves.title')}</h3>
      <p className="muted">{t('serves.hint')}</p>
      {serves.items.length === 0 ? (
        <p className="muted">{t('serves.empty')}</p>
      ) : (
        <dl className="facts">
          {[...byFramework].map(([framework, items]) => (
            <div key={framework} className="facts__group">
              <dt>{frameworkAbbreviation(framework)}</dt>
              <dd>
                <ul>
                  {items.map((i) => (
                    <li key={`${i.itemId}-${i.via ?? ''}`}>
                      <span className={`degree degree--${i.degree}`}>{t(`degree.${i.degree}`)}</span> {itemLabel(t, i.itemId)}
                      {i.via && <span className="muted"> ({t('serves.via', { code: itemCode(i.via) })})</span>}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
