import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Designation } from '../../../shared/model/designations.ts';
import { conventions } from '../../../shared/reference/conventions.ts';
import { call } from '../../api/client.ts';
import { useFocalPoints } from '../../state/focal-points.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from './dates.ts';
import { instrumentName, roleTitle } from './roles.ts';

/** All the hats a person wears or wore, newest first. */
export function PersonRoles({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation(['focal']);
  const version = useFocalPoints((s) => s.version);
  const go = useRoute((s) => s.go);
  const [items, setItems] = useState<Designation[] | null>(null);
  useEffect(() => {
    void call('designations.list', { personId, includeEnded: true }).then(setItems);
  }, [personId, version]);
  if (!items) return null;
  const lng = i18n.language;
  return (
    <section className="person-roles" aria-labelledby={`roles-${personId}`}>
      <h3 id={`roles-${personId}`}>{t('person.roles')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('person.noRoles')}</p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={d.id} className={d.active ? undefined : 'ended'}>
              <button type="button" className="button--link-dark" onClick={() => d.convention && go('focal-points', d.convention)}>
                {conventions.find((c) => c.id === d.convention)?.abbreviation}: {roleTitle(t, d.roleId)}
              </button>
              {d.instrumentId && <span className="muted"> ({instrumentName(t, d.instrumentId)})</span>}
              <span className="muted"> · {t('period', { start: formatDay(d.startDate, lng), end: d.endDate ? formatDay(d.endDate, lng) : t('open') })}</span>
              {!d.active && <span className="badge"> {t('person.ended')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
