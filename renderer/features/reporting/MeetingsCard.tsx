import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_STATES, meetingSave, type Meeting } from '../../../shared/model/reporting.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDay } from '../../ui/format.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { meetingName } from './labels.ts';
import { DateInput } from '../../ui/DateInput.tsx';

function MeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation(['reporting', 'common']);
  const show = useToasts((s) => s.show);
  const name = meetingName(t, meeting.id);
  const form = useRecordForm({ id: meeting.id, place: meeting.place ?? '', start: meeting.start ?? '', end: meeting.end ?? '', dates: meeting.dates }, meetingSave, async (values) => {
    await call('meetings.save', values as never);
    show({ tone: 'info', message: t('meetings.saved', { meeting: name }) });
    onDone();
  });
  const { values, set, errors } = form;
  return (
    <RecordForm className="stack inline-panel" label={t('meetings.editTitle', { meeting: name })} onSubmit={form.submit} autoFocus>
      <h4>{t('meetings.editTitle', { meeting: name })}</h4>
      <Field label={t('meetings.start')} error={errors.start}>
        {(a) => <DateInput {...a} value={values.start} onChange={(e) => set('start', e.target.value)} />}
      </Field>
      <Field label={t('meetings.end')} error={errors.end}>
        {(a) => <DateInput {...a} value={values.end} onChange={(e) => set('end', e.target.value)} />}
      </Field>
      <Field label={t('meetings.place')} error={errors.place}>
        {(a) => <input {...a} value={values.place} onChange={(e) => set('place', e.target.value)} />}
      </Field>
      <Field label={t('meetings.dates')} error={errors.dates}>
        {(a) => (
          <select {...a} value={values.dates} onChange={(e) => set('dates', e.target.value as Meeting['dates'])}>
            {DATE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`meetings.datesState.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} submitLabel={t('meetings.save')} />
    </RecordForm>
  );
}

/** The meetings the deadlines hang on, correctable: a date changed here moves its deadlines. */
export function MeetingsCard() {
  const { t, i18n } = useTranslation(['reporting']);
  const { data, error, reload } = useQuery('meetings.list', {});
  const [editing, setEditing] = useState<string | null>(null);
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : '');
  return (
    <section className="card stack" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t('meetings.title')}</h2>
      <p className="muted">{t('meetings.hint')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <ul className="meeting-list">
        {data?.map((m) => (
          <li key={m.id}>
            <strong>{meetingName(t, m.id)}</strong>
            {m.place && <span dir="auto"> · {m.place}</span>}
            <span className="muted"> · {m.start ? `${day(m.start)}${m.end ? ` – ${day(m.end)}` : ''}` : `${m.year}, ${t('meetings.notSet')}`}</span>{' '}
            <span className={`badge badge--${m.dates === 'confirmed' ? 'held' : 'low'}`}>{t(`meetings.datesState.${m.dates}`)}</span>
            {m.corrected && <span className="muted"> · {t('meetings.corrected')}</span>}{' '}
            <button type="button" className="button button--small" onClick={() => setEditing(m.id)}>
              {t('meetings.edit')}
            </button>
            {editing === m.id && <MeetingForm meeting={m} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
