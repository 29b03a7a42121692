import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionRoles } from '../../../shared/model/focal-points.ts';
import { conventions } from '../../../shared/reference/conventions.ts';
import { call } from '../../api/client.ts';
import { useFocalPoints } from '../../state/focal-points.ts';
import { roleTitle } from './roles.ts';

const abbreviation = (id: string) => conventions.find((c) => c.id === id)?.abbreviation ?? id;

export function ByInstitution() {
  const { t } = useTranslation(['focal']);
  const version = useFocalPoints((s) => s.version);
  const [groups, setGroups] = useState<InstitutionRoles[] | null>(null);
  useEffect(() => {
    void call('focal-points.byInstitution', {}).then(setGroups);
  }, [version]);
  if (!groups) return null;
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
                <strong>{d.personName}</strong> — {roleTitle(t, d.roleId)} ({abbreviation(d.convention ?? '')})
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
