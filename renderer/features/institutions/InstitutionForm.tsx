import { useTranslation } from 'react-i18next';
import { institutionInput, type Institution } from '../../../shared/model/institutions.ts';
import { useInstitutions } from '../../state/institutions.ts';
import { useRoute } from '../../state/route.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo.ts';
import { useRecordForm } from '../../ui/useRecordForm.ts';

const FIELDS = ['name', 'acronym', 'email', 'phone', 'website', 'address'] as const;
const INPUT_TYPE: Partial<Record<(typeof FIELDS)[number], string>> = { email: 'email', phone: 'tel', website: 'url' };

export function InstitutionForm({ institution }: { institution: Institution | null }) {
  const { t } = useTranslation(['institutions', 'common']);
  const go = useRoute((s) => s.go);
  const show = useToasts((s) => s.show);
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
  const form = useRecordForm(initial, institutionInput, async (values) => {
    const data = values as Record<string, unknown>;
    const saved = institution ? await useInstitutions.getState().update(institution.id, data) : await useInstitutions.getState().create(data);
    show({ tone: 'info', message: t('common:status.saved') });
    // the user may have moved on while it saved: stay where they are
    if (useRoute.getState().area === 'institutions') go('institutions', saved.id);
  });
  const { values, set, errors } = form;

  return (
    <form
      className="record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
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
    </form>
  );
}
