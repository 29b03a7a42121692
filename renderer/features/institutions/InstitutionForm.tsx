import { useTranslation } from 'react-i18next';
import { institutionInput, type Institution } from '../../../shared/model/institutions.ts';
import { useInstitutions } from '../../state/institutions.ts';
import { useRoute } from '../../state/route.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { useSaveRecord } from '../../ui/useSaveRecord.ts';

const FIELDS = ['name', 'acronym', 'email', 'phone', 'website', 'address'] as const;
const INPUT_TYPE: Partial<Record<(typeof FIELDS)[number], string>> = { email: 'email', phone: 'tel', website: 'url' };

export function InstitutionForm({ institution }: { institution: Institution | null }) {
  const { t } = useTranslation(['institutions', 'common']);
  const go = useRoute((s) => s.go);
  const remove = useDeleteWithUndo('institutions', useInstitutions);
  const initial = {
    name: institution?.name ?? '',
    acronym: institution?.acronym ?? '',
    email: institution?.email ?? '',
    phone: institution?.phone ?? '',
    website: institution?.website ?? '',
    address: institution?.address ?? '',
    notes: institution?.notes ?? '',
  };
  const form = useRecordForm(initial, institutionInput, useSaveRecord('institutions', useInstitutions, institution));
  const { values, set, errors } = form;

  return (
    <RecordForm onSubmit={form.submit} autoFocus={!institution}>
      <h2>{institution ? t('editTitle', { name: institution.name }) : t('new')}</h2>
      {institution && <p className="muted">{t('peopleCount', { count: institution.peopleCount ?? 0 })}</p>}
      {FIELDS.map((f) => (
        <Field key={f} label={t(`fields.${f}`)} error={errors[f]} required={f === 'name'}>
          {(a) => <input {...a} type={INPUT_TYPE[f] ?? 'text'} value={values[f]} onChange={(e) => set(f, e.target.value)} autoComplete="off" />}
        </Field>
      ))}
      <Field label={t('fields.notes')} error={errors.notes}>
        {(a) => <textarea {...a} rows={4} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormActions
        saving={form.saving}
        formError={form.formError}
        onCancel={() => go('institutions')}
        onDelete={institution ? () => void remove(institution) : undefined}
      />
    </RecordForm>
  );
}
