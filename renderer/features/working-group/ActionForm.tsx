import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATES, actionSave, type Action, type ActionSource, type ActionState } from '../../../shared/model/working-group.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { OptionsSelect } from '../../ui/OptionsSelect.tsx';
import { PersonPicker } from '../../ui/PersonPicker.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { DateInput } from '../../ui/DateInput.tsx';

/** A follow-up action: what, who, by when; what raised it stays with it. */
export function ActionForm({ action, source, onDone }: { action: Action | null; source?: { kind: ActionSource; id: string } | null; onDone: () => void }) {
  const { t } = useTranslation(['group', 'common']);
  const show = useToasts((s) => s.show);
  const initial = {
    ...(action ? { id: action.id } : {}),
    title: action?.title ?? '',
    ownerPersonId: action?.ownerPersonId ?? '',
    due: action?.due ?? '',
    status: (action?.status ?? 'open') as ActionState,
    notes: action?.notes ?? '',
    sourceKind: action?.sourceKind ?? source?.kind ?? null,
    sourceId: action?.sourceId ?? source?.id ?? null,
  };
  const form = useRecordForm(initial, actionSave, async (values) => {
    await call('actions.save', values as never);
    show({ tone: 'info', message: t('actions.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  const [ownerName, setOwnerName] = useState(action?.ownerName ?? null);
  return (
    <RecordForm className="stack inline-panel" label={action ? t('actions.edit') : t('actions.new')} onSubmit={form.submit} autoFocus>
      <Field label={t('actions.fields.title')} error={errors.title} required>
        {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <div className="field-row">
        <PersonPicker
          label={t('actions.fields.owner')}
          value={values.ownerPersonId ? { id: values.ownerPersonId, name: ownerName } : null}
          onChange={(p) => {
            set('ownerPersonId', p?.id ?? '');
            setOwnerName(p?.name ?? null);
          }}
          error={errors.ownerPersonId}
        />
        <Field label={t('actions.fields.due')} error={errors.due} required>
          {(a) => <DateInput {...a} value={values.due} onChange={(e) => set('due', e.target.value)} />}
        </Field>
        <Field label={t('actions.fields.status')} error={errors.status} required>
          {(a) => <OptionsSelect {...a} options={ACTION_STATES} value={values.status} onChange={(s) => set('status', s)} labelOf={(s) => t(`actions.state.${s}`)} />}
        </Field>
      </div>
      <Field label={t('actions.fields.notes')} error={errors.notes}>
        {(a) => <textarea {...a} rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}
