import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { wgMeetingSave, type WgMeeting } from '../../../shared/model/working-group.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { DateInput } from '../../ui/DateInput.tsx';

const TEXTS = ['minutes', 'decisionsTaken'] as const;

/** A meeting of the working group: when, where, who came, the minutes and what was decided. */
export function WgMeetingForm({ meeting, onDone }: { meeting: WgMeeting | null; onDone: () => void }) {
  const { t } = useTranslation(['group', 'common']);
  const show = useToasts((s) => s.show);
  const [attendees, setAttendees] = useState(meeting?.attendees ?? []);
  const initial = {
    ...(meeting ? { id: meeting.id } : {}),
    date: meeting?.date ?? localToday(),
    title: meeting?.title ?? '',
    place: meeting?.place ?? '',
    minutes: meeting?.minutes ?? '',
    decisionsTaken: meeting?.decisionsTaken ?? '',
  };
  const form = useRecordForm(initial, wgMeetingSave.omit({ attendeeIds: true }), async (values) => {
    await call('wg.meetings.save', { ...(values as object), attendeeIds: attendees.map((a) => a.id) } as never);
    show({ tone: 'info', message: t('meetings.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  return (
    <RecordForm className="stack inline-panel" label={meeting ? t('meetings.edit') : t('meetings.new')} onSubmit={form.submit} autoFocus>
      <div className="field-row">
        <Field label={t('meetings.fields.date')} error={errors.date} required>
          {(a) => <DateInput {...a} value={values.date} onChange={(e) => set('date', e.target.value)} />}
        </Field>
        <Field label={t('meetings.fields.title')} error={errors.title} required>
          {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field label={t('meetings.fields.place')} error={errors.place}>
          {(a) => <input {...a} value={values.place} onChange={(e) => set('place', e.target.value)} />}
        </Field>
      </div>
      <fieldset className="stack">
        <legend>{t('meetings.fields.attendees')}</legend>
        <ul className="chips" aria-label={t('meetings.fields.attendees')}>
          {attendees.map((p) => (
            <li key={p.id} className="chip">
              <span dir="auto">{p.name}</span>{' '}
              <button type="button" className="link-button" aria-label={t('meetings.removeAttendee', { name: p.name })} onClick={() => setAttendees((list) => list.filter((x) => x.id !== p.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <PersonPicker label={t('meetings.addAttendee')} value={null} exclude={null} onChange={(p) => p && setAttendees((list) => (list.some((x) => x.id === p.id) ? list : [...list, p]))} />
      </fieldset>
      {TEXTS.map((k) => (
        <Field key={k} label={t(`meetings.fields.${k}`)} error={errors[k]}>
          {(a) => <textarea {...a} rows={3} value={values[k]} onChange={(e) => set(k, e.target.value)} />}
        </Field>
      ))}
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}
