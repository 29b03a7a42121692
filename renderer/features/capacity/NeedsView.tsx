import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_STATES, type CapacityNeed, type NeedState } from '../../../shared/model/capacity.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { AddButton } from '../../ui/AddButton.tsx';
import { formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { showOnArrival } from './arrival.ts';
import { ConventionSelect } from './ConventionSelect.tsx';
import { conventionLabel, nameList } from './labels.ts';
import { NeedForm } from './NeedForm.tsx';
import { useRemoveWithUndo } from './useRemoveWithUndo.ts';

const PRIORITY_TONE = { high: 'overdue', medium: 'medium', low: 'optional' } as const;
const STATE_TONE = { open: 'low', planned: 'medium', met: 'held' } as const;

/** What met the need: a link to the training, or words when none is named (or it was removed). */
function MetBy({ need: n }: { need: CapacityNeed }) {
  const { t } = useTranslation(['capacity']);
  const go = useRoute((s) => s.go);
  if (!n.metByTrainingId) return n.status === 'met' ? <p className="muted">{t('needs.metOtherwise')}</p> : null;
  const id = n.metByTrainingId;
  return (
    <p>
      <strong>{t('needs.metBy')}:</strong>{' '}
      {n.metByTrainingTitle ? (
        <a href="#/capacity/trainings" dir="auto" onClick={(e) => (e.preventDefault(), showOnArrival(id), go('capacity', 'trainings'))}>
          {n.metByTrainingTitle}
        </a>
      ) : (
        <span className="muted">{t('needs.trainingRemoved')}</span>
      )}
    </p>
  );
}

function NeedCard({ need: n }: { need: CapacityNeed }) {
  const { t, i18n } = useTranslation(['capacity', 'common']);
  const [editing, setEditing] = useState(false);
  const remove = useRemoveWithUndo('needs');
  if (editing) return <li className="card">{<NeedForm need={n} onDone={() => setEditing(false)} />}</li>;
  const forWhom = nameList([...n.forPeople.map((p) => p.name), n.forWhom], i18n.language);
  const recordedAt = n.wgMeetingTitle && t('needs.recordedAt', { meeting: `${n.wgMeetingTitle} (${formatDay(n.wgMeetingDate, i18n.language)})` });
  return (
    <li className="card stack capacity-card" aria-labelledby={`need-${n.id}`}>
      <h2 id={`need-${n.id}`}>
        <span dir="auto">{n.title}</span> <span className={`badge badge--${STATE_TONE[n.status]}`}>{t(`needs.state.${n.status}`)}</span>{' '}
        <span className={`badge badge--${PRIORITY_TONE[n.priority]}`}>{t(`needs.priority.${n.priority}`)}</span>
      </h2>
      <p className="muted">
        <bdi>{conventionLabel(t, n.convention)}</bdi>
        {forWhom && <span dir="auto"> · {forWhom}</span>}
        {recordedAt && <span dir="auto"> · {recordedAt}</span>}
      </p>
      {n.description && (
        <p className="pre-line" dir="auto">
          {n.description}
        </p>
      )}
      <MetBy need={n} />
      <div className="form-actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={t('needs.editOne', { title: n.title })}>
          {t('common:actions.edit')}
        </button>
        <button type="button" className="button button--small" onClick={() => void remove(n)} aria-label={t('needs.removeOne', { title: n.title })}>
          {t('remove')}
        </button>
      </div>
    </li>
  );
}

/** The needs recorded, open first and the most pressing first, narrowed by convention and status. */
export function NeedsView() {
  const { t } = useTranslation(['capacity']);
  const [convention, setConvention] = useState<string | null>(null);
  const [status, setStatus] = useState<NeedState | null>(null);
  const { data, error, reload } = useQuery('capacity.needs.list', { ...(convention ? { convention } : {}), ...(status ? { status } : {}) });
  const filtered = convention !== null || status !== null;
  return (
    <section className="stack" aria-label={t('tabs.needs')}>
      <div className="filters" role="search" aria-label={t('filters.label')}>
        <label>
          {t('filters.convention')}
          <ConventionSelect value={convention} onChange={setConvention} emptyLabel={t('filters.all')} />
        </label>
        <label>
          {t('filters.status')}
          <select value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as NeedState | null)}>
            <option value="">{t('filters.all')}</option>
            {NEED_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`needs.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button type="button" className="button button--small" onClick={() => (setConvention(null), setStatus(null))}>
            {t('filters.clear')}
          </button>
        )}
      </div>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <AddButton label={t('needs.new')}>{(done) => <NeedForm need={null} onDone={done} />}</AddButton>
      {data?.length === 0 && <p className="card empty">{filtered ? t('needs.noneFiltered') : t('needs.none')}</p>}
      <ul className="plain-list stack">
        {data?.map((n) => (
          <NeedCard key={n.id} need={n} />
        ))}
      </ul>
    </section>
  );
}
