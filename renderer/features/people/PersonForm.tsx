import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { personInput, type Person } from '../../../shared/model/people.ts';
import { useInstitutions } from '../../state/institutions.ts';
import { usePeople } from '../../state/people.ts';
import { useRoute } from '../../state/route.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { useSaveRecord } from '../../ui/useSaveRecord.ts';
import { PersonRoles } from '../focal-points/PersonRoles.tsx';
import { PersonTrainings } from '../capacity/PersonTrainings.tsx';
import { languageName, WORKING_LANGUAGES } from './languages.ts';

/** one-line fields above the institution, and the contacts below the address */
const FIELDS = ['name', 'honorific', 'title', 'department'] as const;
const CONTACTS = ['email', 'phone', 'fax'] as const;
type LineField = (typeof FIELDS)[number] | (typeof CONTACTS)[number];

function initialValues(p: Person | null) {
  return {
    name: p?.name ?? '',
    honorific: p?.honorific ?? '',
    title: p?.title ?? '',
    department: p?.department ?? '',
    institutionId: p?.institutionId ?? '',
    address: p?.address ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    fax: p?.fax ?? '',
    languages: p?.languages ?? [],
    notes: p?.notes ?? '',
  };
}

export function PersonForm({ person }: { person: Person | null }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const go = useRoute((s) => s.go);
  const institutions = useInstitutions((s) => s.items);
  const reloadInstitutions = useInstitutions((s) => s.reload);
  const remove = useDeleteWithUndo('people', usePeople);

  useEffect(() => {
    void reloadInstitutions();
  }, [reloadInstitutions]);

  const form = useRecordForm(initialValues(person), personInput, useSaveRecord('people', usePeople, person));
  const { values, set, errors } = form;
  // dir="auto": a name or an address in Arabic reads right to left in a form that is not, and the other way round
  const line = (f: LineField) => (
    <Field key={f} label={t(`fields.${f}`)} error={errors[f]} required={f === 'name'}>
      {(a) => (
        <input
          {...a}
          type={f === 'email' ? 'email' : f === 'phone' || f === 'fax' ? 'tel' : 'text'}
          dir="auto"
          value={values[f]}
          onChange={(e) => set(f, e.target.value)}
          autoComplete="off"
        />
      )}
    </Field>
  );

  return (
    <RecordForm onSubmit={form.submit} autoFocus={!person}>
      <h2>{person ? t('editTitle', { name: person.name }) : t('new')}</h2>
      {FIELDS.map(line)}
      <Field label={t('fields.institutionId')} error={errors.institutionId}>
        {(a) => (
          <select {...a} value={values.institutionId} onChange={(e) => set('institutionId', e.target.value)}>
            <option value="">{t('noInstitution')}</option>
            {person?.institutionDeleted && person.institutionId && (
              <option value={person.institutionId}>{t('institutionDeleted', { name: person.institutionName })}</option>
            )}
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.acronym ? `${i.name} (${i.acronym})` : i.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.address')} error={errors.address}>
        {(a) => <textarea {...a} rows={3} dir="auto" value={values.address} onChange={(e) => set('address', e.target.value)} />}
      </Field>
      {CONTACTS.map(line)}
      <fieldset className="field">
        <legend>{t('fields.languages')}</legend>
        <p className="field__hint">{t('hints.languages')}</p>
        <div className="checks">
          {WORKING_LANGUAGES.map((code) => (
            <label key={code} className="check">
              <input
                type="checkbox"
                checked={values.languages.includes(code)}
                onChange={(e) => set('languages', e.target.checked ? [...values.languages, code] : values.languages.filter((l) => l !== code))}
              />
              {languageName(code, i18n.language)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('fields.notes')} error={errors.notes}>
        {(a) => <textarea {...a} rows={4} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={() => go('people')} onDelete={person ? () => void remove(person) : undefined} />
      {person && <PersonRoles personId={person.id} />}
      {person && <PersonTrainings personId={person.id} />}
    </RecordForm>
  );
}
