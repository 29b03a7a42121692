import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Designation } from '../../../shared/model/designations.ts';
import { handoverInput } from '../../../shared/model/designations.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { localToday as localDate } from '../../../shared/days.ts';
import { roleTitle } from './roles.ts';
import { DateInput } from '../../ui/DateInput.tsx';

/** End a designation and name the successor in one step; the history stays. */
export function HandoverForm({ designation, onDone }: { designation: Designation; onDone: () => void }) {
  const { t } = useTranslation(['focal', 'common']);
  const show = useToasts((s) => s.show);
  const [successor, setSuccessor] = useState<{ id: string; name: string | null } | null>(null);
  const role = roleTitle(t, designation.roleId);
  const form = useRecordForm({ id: designation.id, date: localDate(), successorId: '', source: '' }, handoverInput, async (values) => {
    await call('designations.handover', values as never);
    show({ tone: 'info', message: t('form.handedOver', { role, name: successor?.name }) });
    onDone();
  });
  const { values, set, errors } = form;

  return (
    <RecordForm className="stack inline-panel" label={t('form.handoverTitle', { role, name: designation.personName })} onSubmit={form.submit} autoFocus>
      <h4>{t('form.handoverTitle', { role, name: designation.personName })}</h4>
      <PersonPicker
        label={t('form.successor')}
        value={successor}
        error={errors.successorId}
        exclude={designation.personId}
        allowNew
        onChange={(p) => {
          setSuccessor(p);
          set('successorId', p?.id ?? '');
        }}
      />
      <Field label={t('form.handoverDate')} error={errors.date} required>
        {(a) => <DateInput {...a} value={values.date} onChange={(e) => set('date', e.target.value)} />}
      </Field>
      <Field label={t('form.source')} error={errors.source}>
        {(a) => <input {...a} value={values.source} onChange={(e) => set('source', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} submitLabel={t('form.saveHandover')} />
    </RecordForm>
  );
}
