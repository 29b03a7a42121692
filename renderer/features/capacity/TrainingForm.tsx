import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_KINDS, TRAINING_MODES, trainingSave, type Training, type TrainingKind, type TrainingMode } from '../../../shared/model/capacity.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { OptionsSelect } from '../../ui/OptionsSelect.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { ConventionSelect } from './ConventionSelect.tsx';
import { PeopleField, type NamedPerson } from './PeopleField.tsx';
import { DateInput } from '../../ui/DateInput.tsx';

const MODES = ['', ...TRAINING_MODES] as const;

/** A training or workshop: what, of which convention, by whom, when and where, and who attended. */
export function TrainingForm({ training, onDone }: { training: Training | null; onDone: () => void }) {
  const { t } = useTranslation(['capacity', 'common']);
  const show = useToasts((s) => s.show);
  const [attendees, setAttendees] = useState<NamedPerson[]>(training?.attendees ?? []);
  const initial = {
    ...(training ? { id: training.id } : {}),
    title: training?.title ?? '',
    kind: (training?.kind ?? 'pre_cop_workshop') as TrainingKind,
    convention: training?.convention ?? null,
    organiser: training?.organiser ?? '',
    startDate: training?.startDate ?? '',
    endDate: training?.endDate ?? '',
    mode: (training?.mode ?? '') as TrainingMode | '',
    place: training?.place ?? '',
    attendeeIds: training?.attendeeIds ?? [],
    link: training?.link ?? '',
    notes: training?.notes ?? '',
  };
  const form = useRecordForm(initial, trainingSave, async (values) => {
    await call('capacity.trainings.save', values as never);
    show({ tone: 'info', message: t('trainings.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  const field = (k: 'title' | 'organiser' | 'place' | 'link', type = 'text', hint?: string) => (
    <Field label={t(`trainings.fields.${k}`)} error={errors[k]} required={k === 'title'} hint={hint}>
      {(a) => <input {...a} type={type} value={values[k]} onChange={(e) => set(k, e.target.value)} />}
    </Field>
  );
  return (
    <RecordForm className="stack inline-panel" label={training ? t('trainings.edit') : t('trainings.new')} onSubmit={form.submit} autoFocus>
      {field('title')}
      <div className="field-row">
        <Field label={t('trainings.fields.kind')} error={errors.kind} required>
          {(a) => <OptionsSelect {...a} options={TRAINING_KINDS} value={values.kind} onChange={(k) => set('kind', k)} labelOf={(k) => t(`trainings.kind.${k}`)} />}
        </Field>
        <Field label={t('trainings.fields.convention')} error={errors.convention}>
          {(a) => <ConventionSelect {...a} value={values.convention} onChange={(c) => set('convention', c)} emptyLabel={t('conventionNone')} />}
        </Field>
        {field('organiser')}
      </div>
      <div className="field-row">
        <Field label={t('trainings.fields.startDate')} error={errors.startDate} required>
          {(a) => <DateInput {...a} value={values.startDate} onChange={(e) => set('startDate', e.target.value)} />}
        </Field>
        <Field label={t('trainings.fields.endDate')} error={errors.endDate}>
          {(a) => <DateInput {...a} value={values.endDate} onChange={(e) => set('endDate', e.target.value)} />}
        </Field>
        <Field label={t('trainings.fields.mode')} error={errors.mode}>
          {(a) => <OptionsSelect {...a} options={MODES} value={values.mode} onChange={(m) => set('mode', m)} labelOf={(m) => (m ? t(`trainings.mode.${m}`) : '—')} />}
        </Field>
        {field('place', 'text', t('trainings.hints.place'))}
      </div>
      <PeopleField
        legend={t('trainings.fields.attendees')}
        people={attendees}
        error={errors.attendeeIds}
        onChange={(list) => {
          setAttendees(list);
          set('attendeeIds', list.map((p) => p.id));
        }}
      />
      {field('link', 'url', t('trainings.hints.link'))}
      <Field label={t('trainings.fields.notes')} error={errors.notes}>
        {(a) => <textarea {...a} rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}
