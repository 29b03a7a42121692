import { useTranslation } from 'react-i18next';
import { decisionSave, PARAGRAPH_KINDS, PARAGRAPH_STATES, paragraphSave, type DecisionParagraph } from '../../../shared/model/working-group.ts';
import { obligationRules } from '../../../shared/reference/obligations.ts';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { OptionsSelect } from '../../ui/OptionsSelect.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';
import { obligationTitle } from '../reporting/labels.ts';

/** A decision adopted at a convention meeting: its number and title. */
export function DecisionForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { t } = useTranslation(['group', 'common']);
  const show = useToasts((s) => s.show);
  const form = useRecordForm({ meetingId, number: '', title: '' }, decisionSave, async (values) => {
    await call('decisions.save', values as never);
    show({ tone: 'info', message: t('decisions.saved') });
    onDone();
  });
  const { values, set, errors } = form;
  return (
    <RecordForm className="stack inline-panel" label={t('decisions.new')} onSubmit={form.submit} autoFocus>
      <div className="field-row">
        <Field label={t('decisions.fields.number')} error={errors.number ?? errors.meetingId} required hint={t('decisions.numberHint')}>
          {(a) => <input {...a} value={values.number} onChange={(e) => set('number', e.target.value)} />}
        </Field>
        <Field label={t('decisions.fields.title')} error={errors.title} required>
          {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
      </div>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}

type Kind = (typeof PARAGRAPH_KINDS)[number];
type State = (typeof PARAGRAPH_STATES)[number];

/** A paragraph of a decision addressed to Parties: an action or information, its standing, and the report that asks about it. */
export function ParagraphForm({ decisionId, convention, paragraph, onDone }: { decisionId: string; convention: string; paragraph: DecisionParagraph | null; onDone: () => void }) {
  const { t } = useTranslation(['group', 'reporting', 'common']);
  const show = useToasts((s) => s.show);
  const initial = {
    ...(paragraph ? { id: paragraph.id } : {}),
    decisionId,
    number: paragraph?.number ?? '',
    text: paragraph?.text ?? '',
    kind: (paragraph?.kind ?? 'action') as Kind,
    status: (paragraph?.status ?? 'active') as State,
    obligationId: paragraph?.obligationId ?? '',
  };
  const form = useRecordForm(initial, paragraphSave, async (values) => {
    await call('decisions.paragraphs.save', values as never);
    show({ tone: 'info', message: t('decisions.paragraphSaved') });
    onDone();
  });
  const { values, set, errors } = form;
  const obligations = obligationRules.filter((o) => o.convention === convention);
  return (
    <RecordForm className="stack inline-panel" label={paragraph ? t('decisions.editParagraph') : t('decisions.newParagraph')} onSubmit={form.submit} autoFocus>
      <div className="field-row">
        <Field label={t('decisions.fields.paragraphNumber')} error={errors.number}>
          {(a) => <input {...a} size={6} value={values.number} onChange={(e) => set('number', e.target.value)} />}
        </Field>
        <Field label={t('decisions.fields.kind')} error={errors.kind} required>
          {(a) => <OptionsSelect {...a} options={PARAGRAPH_KINDS} value={values.kind} onChange={(k) => set('kind', k)} labelOf={(k) => t(`decisions.kind.${k}`)} />}
        </Field>
        <Field label={t('decisions.fields.status')} error={errors.status} required>
          {(a) => <OptionsSelect {...a} options={PARAGRAPH_STATES} value={values.status} onChange={(s) => set('status', s)} labelOf={(s) => t(`decisions.state.${s}`)} />}
        </Field>
      </div>
      <Field label={t('decisions.fields.text')} error={errors.text} required>
        {(a) => <textarea {...a} rows={3} value={values.text} onChange={(e) => set('text', e.target.value)} />}
      </Field>
      <Field label={t('decisions.fields.obligation')} error={errors.obligationId} hint={t('decisions.obligationHint')}>
        {(a) => (
          <select {...a} value={values.obligationId} onChange={(e) => set('obligationId', e.target.value)}>
            <option value="">—</option>
            {obligations.map((o) => (
              <option key={o.id} value={o.id}>
                {obligationTitle(t, o.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} onCancel={onDone} />
    </RecordForm>
  );
}
