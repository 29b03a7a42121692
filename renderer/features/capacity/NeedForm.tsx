import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capacityNeedSave, NEED_PRIORITIES, NEED_STATES, type CapacityNeed, type NeedPriority, type NeedState } from '../../../shared/model/capacity.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDay } from '../../ui/format.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { OptionsSelect } from '../../ui/OptionsSelect.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { ConventionSelect } from './ConventionSelect.tsx';
import { PeopleField, type NamedPerson } from './PeopleField.tsx';

/** A capacity-building need: what, for whom, recorded where, how pressing, and what met it. */
export function NeedForm({ need, onDone }: { need: CapacityNeed | null; onDone: () => void }) {
  const { t, i18n } = useTranslation(['capacity', 'common']);
  const show = useToasts((s) => s.show);
  const meetings = useQuery('wg.meetings.list', {}).data ?? [];
  const trainings = useQuery('capacity.trainings.list', {}).data ?? [];
  const [people, setPeople] = useState<NamedPerson[]>(need?.forPeople ?? []);
  const initial = {
    ...(need ? { id: need.id } : {}),
    title: need?.title ?? '',
    description: need?.description ?? '',
    convention: need?.convention ?? null,
    forPersonIds: need?.forPersonIds ?? [],
    forWhom: need?.forWhom ?? '',
    wgMeetingId: need?.wgMeetingId ?? '',
    priority: (need?.priority ?? 'medium') as NeedPriority,
    status: (need?.status ?? 'open') as NeedState,
    metByTrainingId: need?.metByTrainingId ?? '',
  };
  const form = useRecordForm(initial, capacityNeedSave, async (values) => {
    await call('capacity.needs.save', values as never);
    show({ tone: 'info', message: t('needs.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  return (
    <RecordForm className="stack inline-panel" label={need ? t('needs.edit') : t('needs.new')} onSubmit={form.submit} autoFocus>
      <Field label={t('needs.fields.title')} error={errors.title} required>
        {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label={t('needs.fields.convention')} error={errors.convention}>
          {(a) => <ConventionSelect {...a} value={values.convention} onChange={(c) => set('convention', c)} emptyLabel={t('conventionNone')} />}
        </Field>
        <Field label={t('needs.fields.priority')} error={errors.priority} required>
          {(a) => <OptionsSelect {...a} options={NEED_PRIORITIES} value={values.priority} onChange={(p) => set('priority', p)} labelOf={(p) => t(`needs.priority.${p}`)} />}
        </Field>
        <Field label={t('needs.fields.status')} error={errors.status} required>
          {(a) => <OptionsSelect {...a} options={NEED_STATES} value={values.status} onChange={(s) => set('status', s)} labelOf={(s) => t(`needs.state.${s}`)} />}
        </Field>
      </div>
      <Field label={t('needs.fields.description')} error={errors.description}>
        {(a) => <textarea {...a} rows={2} value={values.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <PeopleField
        legend={t('needs.fields.forPeople')}
        people={people}
        error={errors.forPersonIds}
        onChange={(list) => {
          setPeople(list);
          set('forPersonIds', list.map((p) => p.id));
        }}
      />
      <Field label={t('needs.fields.forWhom')} error={errors.forWhom}>
        {(a) => <input {...a} value={values.forWhom} onChange={(e) => set('forWhom', e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label={t('needs.fields.wgMeetingId')} error={errors.wgMeetingId}>
          {(a) => (
            <select {...a} value={values.wgMeetingId} onChange={(e) => set('wgMeetingId', e.target.value)}>
              <option value="">{t('needs.noMeeting')}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} · {formatDay(m.date, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('needs.fields.metByTrainingId')} error={errors.metByTrainingId} hint={t('needs.metByHint')}>
          {(a) => (
            <select {...a} value={values.metByTrainingId} onChange={(e) => set('metByTrainingId', e.target.value)}>
              <option value="">{t('needs.noTraining')}</option>
              {trainings.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {tr.title} · {formatDay(tr.startDate, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}
