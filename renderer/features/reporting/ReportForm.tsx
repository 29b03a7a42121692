import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { REPORT_STATES, reportSave, type ReportItem, type ReportState } from '../../../shared/model/reports.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { roleTitle } from '../focal-points/roles.ts';
import { reportTitle } from './labels.ts';
import { DateInput } from '../../ui/DateInput.tsx';

/** Status, owner, due date override, submission: checked by the core's rules, saved all at once or not at all. */
export function ReportForm({ item }: { item: ReportItem }) {
  const { t } = useTranslation(['reporting', 'common']);
  const show = useToasts((s) => s.show);
  const holders = useQuery('designations.list', { convention: item.convention });
  const initial = {
    obligationId: item.obligationId,
    period: item.period,
    status: item.status,
    ownerDesignationId: item.owner?.designationId ?? '',
    dueOverride: item.dueOverride ?? '',
    overrideReason: item.overrideReason ?? '',
    submittedOn: item.submittedOn ?? '',
    submissionRef: item.submissionRef ?? '',
    notes: item.notes ?? '',
  };
  const form = useRecordForm(initial, reportSave, async (values) => {
    await call('reports.save', values as never);
    show({ tone: 'info', message: t('report.saved', { report: reportTitle(t, item) }) });
  });
  const { values, set, errors } = form;
  const setStatus = (status: ReportState) => {
    set('status', status);
    // marking it submitted: today, unless a date is already there
    if (status === 'submitted' && !values.submittedOn) set('submittedOn', localToday());
  };
  const owners = (holders.data ?? []).filter((d) => d.active || d.id === initial.ownerDesignationId);
  return (
    <RecordForm className="stack" label={t('report.formLabel', { report: reportTitle(t, item) })} onSubmit={form.submit}>
      <Field label={t('report.status')} error={errors.status}>
        {(a) => (
          <select {...a} value={values.status} onChange={(e) => setStatus(e.target.value as ReportState)}>
            {REPORT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('report.owner')} error={errors.ownerDesignationId} hint={item.owner?.handedOver ? t('owner.handedOver') : t('report.ownerHint')}>
        {(a) => (
          <select {...a} value={values.ownerDesignationId} onChange={(e) => set('ownerDesignationId', e.target.value)}>
            <option value="">{t('owner.none')}</option>
            {owners.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.personName ?? '?'} — ${roleTitle(t, d.roleId)}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field label={t('report.dueOverride')} error={errors.dueOverride} hint={t('report.dueOverrideHint')}>
          {(a) => <DateInput {...a} value={values.dueOverride} onChange={(e) => set('dueOverride', e.target.value)} />}
        </Field>
        <Field label={t('report.overrideReason')} error={errors.overrideReason} required={Boolean(values.dueOverride)}>
          {(a) => <input {...a} value={values.overrideReason} onChange={(e) => set('overrideReason', e.target.value)} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('report.submittedOn')} error={errors.submittedOn} required={values.status === 'submitted'}>
          {(a) => <DateInput {...a} value={values.submittedOn} onChange={(e) => set('submittedOn', e.target.value)} />}
        </Field>
        <Field label={t('report.submissionRef')} error={errors.submissionRef} hint={t('report.submissionRefHint')}>
          {(a) => <input {...a} value={values.submissionRef} onChange={(e) => set('submissionRef', e.target.value)} />}
        </Field>
      </div>
      <Field label={t('report.notes')} error={errors.notes}>
        {(a) => <textarea {...a} rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} submitLabel={t('report.save')} />
    </RecordForm>
  );
}
