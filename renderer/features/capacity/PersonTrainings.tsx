import { useTranslation } from 'react-i18next';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { showOnArrival } from './arrival.ts';
import { conventionLabel, dayRange } from './labels.ts';

/** On a person's page: the trainings they attended, the latest first, each one click from its card. */
export function PersonTrainings({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation(['capacity']);
  const go = useRoute((s) => s.go);
  const { data, error, reload } = useQuery('capacity.trainings.list', { personId });
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : null;
  return (
    <section className="person-roles" aria-labelledby={`trainings-${personId}`}>
      <h3 id={`trainings-${personId}`}>{t('trainings.personTitle')}</h3>
      {data.length === 0 ? (
        <p className="muted">{t('trainings.personNone')}</p>
      ) : (
        <ul>
          {data.map((tr) => (
            <li key={tr.id}>
              <a href="#/capacity/trainings" dir="auto" onClick={(e) => (e.preventDefault(), showOnArrival(tr.id), go('capacity', 'trainings'))}>
                {tr.title}
              </a>
              <span className="muted">
                {' '}
                · <bdi>{conventionLabel(t, tr.convention)}</bdi> · <bdi>{dayRange(tr.startDate, tr.endDate, i18n.language)}</bdi>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
