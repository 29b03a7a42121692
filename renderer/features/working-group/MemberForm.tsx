import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, wgMemberSave, type WgMember } from '../../../shared/model/working-group.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { OptionsSelect } from '../../ui/OptionsSelect.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { roleTitle } from '../focal-points/roles.ts';
import { DateInput } from '../../ui/DateInput.tsx';

type Role = (typeof MEMBER_ROLES)[number];

/** A member of the working group: the person, their place in it, and the designations that bring them. */
export function MemberForm({ member, onDone }: { member: WgMember | null; onDone: () => void }) {
  const { t } = useTranslation(['group', 'focal', 'common']);
  const show = useToasts((s) => s.show);
  const [personName, setPersonName] = useState(member?.personName ?? null);
  const initial = {
    ...(member ? { id: member.id } : {}),
    personId: member?.personId ?? '',
    role: (member?.role ?? 'member') as Role,
    designationIds: member?.designationIds ?? [],
    since: member?.since ?? '',
    until: member?.until ?? '',
  };
  const form = useRecordForm(initial, wgMemberSave, async (values) => {
    await call('wg.members.save', values as never);
    show({ tone: 'info', message: t('members.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  const designations = useQuery('designations.list', values.personId ? { personId: values.personId } : null).data ?? [];
  const toggle = (id: string, on: boolean) => set('designationIds', on ? [...values.designationIds, id] : values.designationIds.filter((x) => x !== id));
  return (
    <RecordForm className="stack inline-panel" label={member ? t('members.edit') : t('members.new')} onSubmit={form.submit} autoFocus>
      <div className="field-row">
        <PersonPicker
          label={t('members.fields.person')}
          value={values.personId ? { id: values.personId, name: personName } : null}
          onChange={(p) => {
            set('personId', p?.id ?? '');
            setPersonName(p?.name ?? null);
            set('designationIds', []);
          }}
          error={errors.personId}
        />
        <Field label={t('members.fields.role')} error={errors.role} required>
          {(a) => <OptionsSelect {...a} options={MEMBER_ROLES} value={values.role} onChange={(r) => set('role', r)} labelOf={(r) => t(`members.role.${r}`)} />}
        </Field>
      </div>
      {values.personId && (
        <fieldset>
          <legend>{t('members.fields.designations')}</legend>
          {designations.length === 0 ? (
            <p className="muted">{t('members.noDesignations')}</p>
          ) : (
            <div className="check-grid">
              {designations.map((d) => (
                <label key={d.id}>
                  <input type="checkbox" checked={values.designationIds.includes(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} /> {roleTitle(t, d.roleId)}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}
      <div className="field-row">
        <Field label={t('members.fields.since')} error={errors.since}>
          {(a) => <DateInput {...a} value={values.since} onChange={(e) => set('since', e.target.value)} />}
        </Field>
        <Field label={t('members.fields.until')} error={errors.until}>
          {(a) => <DateInput {...a} value={values.until} onChange={(e) => set('until', e.target.value)} />}
        </Field>
      </div>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}
