import { useTranslation } from 'react-i18next';
import type { Designation } from '../../../shared/model/designations.ts';
import { designationPatch } from '../../../shared/model/designations.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { roleTitle } from './roles.ts';
import { DateInput } from '../../ui/DateInput.tsx';

/** Corrects a designation's dates and source (an imported one often starts "not known"). */
export function DesignationDatesForm({ designation, onDone }: { designation: Designation; onDone: () => void }) {
  const { t } = useTranslation(['focal', 'common']);
  const show = useToasts((s) => s.show);
  const role = roleTitle(t, designation.roleId);
  const initial = {
    startDate: designation.startDate ?? '',
    endDate: designation.endDate ?? '',
    notifiedDate: designation.notifiedDate ?? '',
    source: designation.source ?? '',
  };
  const form = useRecordForm(initial, designationPatch, async (values) => {
    await call('designations.update', { id: designation.id, patch: values as never });
    show({ tone: 'info', message: t('common:status.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  const title = t('form.datesTitle', { role, name: designation.personName });
  return (
    <div className="stack inline-panel" role="group" aria-label={title}>
      <RecordForm onSubmit={form.submit} autoFocus>
        <h4>{title}</h4>
        {(['startDate', 'endDate', 'notifiedDate'] as const).map((f) => (
          <Field key={f} label={t(`form.${f}`)} error={errors[f]}>
            {(a) => <DateInput {...a} value={values[f]} onChange={(e) => set(f, e.target.value)} />}
          </Field>
        ))}
        <Field label={t('form.source')} error={errors.source}>
          {(a) => <input {...a} dir="auto" value={values.source} onChange={(e) => set('source', e.target.value)} />}
        </Field>
        <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} submitLabel={t('form.saveDates')} />
      </RecordForm>
    </div>
  );
}
