import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { designationInput } from '../../../shared/model/designations.ts';
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

interface DesignateFormProps {
  roleId: string;
  instrumentId: string | null;
  onDone: () => void;
}

export function DesignateForm({ roleId, instrumentId, onDone }: DesignateFormProps) {
  const { t } = useTranslation(['focal', 'common']);
  const show = useToasts((s) => s.show);
  const [person, setPerson] = useState<{ id: string; name: string | null } | null>(null);
  const form = useRecordForm(
    { personId: '', roleId, instrumentId, startDate: localDate(), endDate: '', notifiedDate: '', source: '', notes: '' },
    designationInput,
    async (values) => {
      await call('designations.create', values as never);
      show({ tone: 'info', message: t('form.designated', { name: person?.name }) });
      onDone();
    },
  );
  const { values, set, errors } = form;
  const dates = ['startDate', 'endDate', 'notifiedDate'] as const;

  return (
    <RecordForm className="stack inline-panel" label={t('form.designateTitle', { role: roleTitle(t, roleId) })} onSubmit={form.submit} autoFocus>
      <h4>{t('form.designateTitle', { role: roleTitle(t, roleId) })}</h4>
      <PersonPicker
        label={t('form.person')}
        value={person}
        error={errors.personId}
        onChange={(p) => {
          setPerson(p);
          set('personId', p?.id ?? '');
        }}
      />
      <div className="row-fields">
        {dates.map((f) => (
          <Field key={f} label={t(`form.${f}`)} error={errors[f]} required={f === 'startDate'}>
            {(a) => <DateInput {...a} value={values[f]} onChange={(e) => set(f, e.target.value)} />}
          </Field>
        ))}
      </div>
      <Field label={t('form.source')} error={errors.source}>
        {(a) => <input {...a} value={values.source} onChange={(e) => set('source', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={errors.roleId ? t(`errors:field.${errors.roleId}`) : form.formError} onCancel={onDone} submitLabel={t('form.save')} />
    </RecordForm>
  );
}
