import { useTranslation } from 'react-i18next';
import { conventions } from '../../../shared/reference/conventions.ts';
import { roleTitle } from './roles.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

const abbreviation = (id: string) => conventions.find((c) => c.id === id)?.abbreviation ?? id;

export function ByInstitution() {
  const { t } = useTranslation(['focal']);
  const { data: groups, error, reload } = useQuery('focal-points.byInstitution', {});
  if (!groups) return error ? <LoadError error={error} onRetry={reload} /> : null;
  if (groups.length === 0) return <p className="empty card">{t('byInstitution.none')}</p>;
  return (
    <div className="stack">
      {groups.map((g) => (
        <section key={g.institutionId ?? 'none'} className="card" aria-label={g.institutionName ?? t('byInstitution.noInstitution')}>
          <h3>{g.institutionName ?? <em>{t('byInstitution.noInstitution')}</em>}</h3>
          <p className="muted">
            {t('byInstitution.serves', { list: g.conventions.map(abbreviation).join(', ') })}
          </p>
          <ul>
            {g.designations.map((d) => (
              <li key={d.id}>
                <strong><bdi>{d.personName}</bdi></strong> — {roleTitle(t, d.roleId)} ({abbreviation(d.convention ?? '')})
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
