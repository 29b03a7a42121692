import { useTranslation } from 'react-i18next';
import { conventions } from '../../../shared/reference/conventions.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { instrumentName, roleTitle } from './roles.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';

/** All the hats a person wears or wore, newest first. */
export function PersonRoles({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation(['focal']);
  const go = useRoute((s) => s.go);
  const { data: items, error, reload } = useQuery('designations.list', { personId, includeEnded: true });
  if (!items) return error ? <LoadError error={error} onRetry={reload} /> : null;
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
              <span className="muted"> · {t('period', { start: d.startDate ? formatDay(d.startDate, lng) : t('startUnknownShort'), end: d.endDate ? formatDay(d.endDate, lng) : t('open') })}</span>
              {!d.active && <span className="badge"> {t('person.ended')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
