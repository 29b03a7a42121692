import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../../shared/model/capacity.ts';
import { useQuery } from '../../state/queries.ts';
import { AddButton } from '../../ui/AddButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { useArrival } from './arrival.ts';
import { ConventionSelect } from './ConventionSelect.tsx';
import { conventionLabel, dayRange, nameList } from './labels.ts';
import { TrainingForm } from './TrainingForm.tsx';
import { useRemoveWithUndo } from './useRemoveWithUndo.ts';

function TrainingCard({ training: tr }: { training: Training }) {
  const { t, i18n } = useTranslation(['capacity', 'common']);
  const [editing, setEditing] = useState(false);
  const remove = useRemoveWithUndo('trainings');
  const heading = useArrival<HTMLHeadingElement>(tr.id);
  if (editing) return <li className="card">{<TrainingForm training={tr} onDone={() => setEditing(false)} />}</li>;
  const where = [tr.mode && t(`trainings.mode.${tr.mode}`), tr.place].filter(Boolean).join(' · ');
  return (
    <li className="card stack capacity-card" aria-labelledby={`training-${tr.id}`}>
      <h2 id={`training-${tr.id}`} ref={heading} tabIndex={-1}>
        <span dir="auto">{tr.title}</span> <span className="badge badge--medium">{t(`trainings.kind.${tr.kind}`)}</span>
      </h2>
      <p className="muted">
        <bdi>{conventionLabel(t, tr.convention)}</bdi> · <bdi>{dayRange(tr.startDate, tr.endDate, i18n.language)}</bdi>
        {where && <span dir="auto"> · {where}</span>}
        {tr.organiser && <span dir="auto"> · {tr.organiser}</span>}
      </p>
      <p>
        <strong>{t('trainings.attendedBy')}:</strong> {tr.attendees.length ? nameList(tr.attendees.map((a) => a.name), i18n.language) : t('trainings.nobody')}
      </p>
      {tr.link && (
        <p>
          <a href={tr.link} target="_blank" rel="noreferrer" dir="auto">
            {t('trainings.openLink')}
          </a>
        </p>
      )}
      {tr.notes && (
        <p className="pre-line" dir="auto">
          {tr.notes}
        </p>
      )}
      {tr.metNeedIds.length > 0 && <p className="muted">{t('trainings.metNeeds', { count: tr.metNeedIds.length })}</p>}
      <div className="form-actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={t('trainings.editOne', { title: tr.title })}>
          {t('common:actions.edit')}
        </button>
        <button type="button" className="button button--small" onClick={() => void remove(tr)} aria-label={t('trainings.removeOne', { title: tr.title })}>
          {t('remove')}
        </button>
      </div>
    </li>
  );
}

/** The trainings attended, the latest first, narrowed to one convention if asked. */
export function TrainingsView() {
  const { t } = useTranslation(['capacity']);
  const [convention, setConvention] = useState<string | null>(null);
  const { data, error, reload } = useQuery('capacity.trainings.list', convention ? { convention } : {});
  return (
    <section className="stack" aria-label={t('tabs.trainings')}>
      <div className="filters" role="search" aria-label={t('filters.label')}>
        <label>
          {t('filters.convention')}
          <ConventionSelect value={convention} onChange={setConvention} emptyLabel={t('filters.all')} />
        </label>
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <AddButton label={t('trainings.new')}>{(done) => <TrainingForm training={null} onDone={done} />}</AddButton>
      {data?.length === 0 && <p className="card empty">{convention ? t('trainings.noneFiltered') : t('trainings.none')}</p>}
      <ul className="plain-list stack">
        {data?.map((tr) => (
          <TrainingCard key={tr.id} training={tr} />
        ))}
      </ul>
    </section>
  );
}
